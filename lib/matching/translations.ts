/**
 * Service desks of international companies get tickets in the users' languages, while the runbooks
 * are written in English. This glossary maps the core vocabulary of IT problems — accounts,
 * passwords, mail, devices, networks, failures — from German, French, Spanish, Portuguese, Dutch
 * and Italian to the English words the runbooks use. It is a general glossary (each line is a
 * concept, in every language), not a list of phrases from tickets: unlisted words stay unknown and
 * simply lower the match's confidence, which is the safe failure.
 * Keys are lower-case without accents (the form normalisation produces).
 */

const GLOSSARY: Readonly<Record<string, string>> = {
  // Accounts and signing in: the commonest tickets in every language.
  password:
    'passwort passworter passwortes kennwort kennworter kennworts contrasena contrasenas senha senhas wachtwoord wachtwoorden mdp',
  account: 'konto kontos benutzerkonto nutzerkonto compte comptes cuenta cuentas conta contas gebruikersaccount utenza',
  username: 'benutzername anmeldename identifiant gebruikersnaam',
  locked:
    'gesperrt gesperrte gesperrten gesperrtes bloque bloquee bloques bloquees verrouille verrouillee bloqueado bloqueada bloqueados bloqueo bloqueio geblokkeerd vergrendeld bloccato bloccata bloccati bloccarsi',
  unlock:
    'entsperren entsperrt entsperrung freischalten debloquer deverrouiller deblocage desbloquear desbloqueo desbloqueie desbloqueio ontgrendelen deblokkeren sbloccare sblocco sbloccato',
  expired:
    'abgelaufen abgelaufene abgelaufenes expire expiree expires expirees caduco caducada caducado caduca expirado expirada expirou vencido vencida venceu verlopen scaduto scaduta scaduti scadute scadenza',
  forgot:
    'vergessen vergass oublie oubliee oublies oublier olvide olvido olvidado olvidada esqueci esqueceu esquecida esquecido esquecer vergeten dimenticato dimenticata dimenticavo',
  reset:
    'zurucksetzen zuruckgesetzt reinitialiser reinitialise reinitialisation restablecer restablecimiento resetear redefinir redefinicao resetten reimpostare reimpostazione',
  change:
    'andern geandert anderung changer modifier cambiar cambio cambiarla cambiarlo mudar alterar alteracao trocar wijzigen veranderen gewijzigd cambiare cambiato modificare',
  signin: 'anmelden anmeldung einloggen angemeldet inloggen ingelogd aanmelden ingresar loguear logar entrar accedere',
  signout: 'abmelden uitloggen afmelden',
  authentication: 'authentifizierung authentification autenticacion autenticacao authenticatie autenticazione',
  verification: 'bestatigung verifizierung verifizieren verificacion verificacao verificatie verifica',
  code: 'codigo codigos codice codici',
  // Mail.
  email: 'correo correos courriel courriels mensagens correio posta',
  mailbox: 'postfach postfacher buzon buzones postvak casella',
  shared:
    'gemeinsam gemeinsames gemeinsamen freigegeben freigegebene freigegebenes partage partagee partages compartido compartida compartilhado compartilhada gedeeld gedeelde condiviso condivisa',
  full: 'voll volle voller plein pleine sature saturee lleno llena cheio cheia lotado lotada pieno piena',
  send: 'senden versenden gesendet verschickt envoyer envoye envoi enviar envio enviado verzenden verstuurd versturen inviare inviato invio',
  receive:
    'empfangen erhalte erhalten recevoir recois recu recues recibir recibo recibido receber recebo recebido ontvangen ontvang ricevere ricevo ricevuto',
  calendar: 'kalender calendrier calendario agenda',
  attachment: 'anhang anhange adjunto adjuntos anexo anexos bijlage bijlagen allegato allegati',
  quota: 'kontingent cuota cota quotum',
  // Networks.
  network: 'netzwerk netz reseau reseaux rede redes netwerk rete',
  wifi: 'funknetz draadloos draadloze inalambrico inalambrica',
  connect:
    'verbinden verbindung verbunden connecter connecte connexion conectar conecta conectado conexion conexao verbinding verbonden connettere connessione connesso collegare collegamento collegato',
  disconnect:
    'getrennt trennt abbruch deconnecte deconnexion deconnexions desconecta desconectado desconexion desconectou desconexao verbroken verbreekt ontkoppeld disconnette disconnesso',
  drop: 'bricht abgebrochen valt coupure coupe cai caiu cade',
  internet: 'internetverbindung',
  server: 'serveur servidor',
  path: 'pfad chemin ruta caminho percorso',
  // Printing.
  printer: 'drucker imprimante imprimantes impresora impresoras impressora impressoras stampante stampanti',
  print:
    'drucken druckt gedruckt imprimer imprime impression imprimir impresion impressao printen afdrukken stampare stampa',
  scan: 'scannen numeriser escanear digitalizar scansionare',
  jam: 'papierstau bourrage atasco atolamento papierstoring inceppamento inceppata',
  paper: 'papier papel',
  // Devices and their parts.
  computer: 'rechner ordinateur ordenador computadora portatil computador portatile',
  device: 'gerat gerate appareil appareils dispositivo dispositivos aparelho apparaat toestel',
  phone: 'handy telefon telephone telefono telefone celular movil telefoon cellulare',
  screen: 'bildschirm ecran ecra pantalla tela scherm schermo',
  display: 'anzeige affichage',
  mute: 'stumm stummgeschaltet muet silenciado mudo gedempt muto',
  see: 'sehe sichtbar vois voir veo ver vejo visivel zie zien zichtbaar vedo vedere visibile',
  cloud: 'nuage nube nuvem wolk nuvola',
  icon: 'icone icono pictogram',
  button: 'schaltflache knopf bouton boton botao knop pulsante',
  monitor: 'moniteur monitore beeldscherm',
  dock: 'dockingstation',
  keyboard: 'tastatur clavier teclado toetsenbord tastiera',
  // Not Portuguese 'rato': in Spanish it is 'a while' ('todo el rato', 'cada rato'), common in tickets.
  mouse: 'maus souris raton muis',
  headset: 'kopfhorer casque auriculares auscultadores koptelefoon cuffie',
  camera: 'kamera camara telecamera',
  microphone: 'mikrofon micro microfono microfone microfoon',
  sound: 'sonido geluid suono',
  hear: 'horen hort entendre entends oir escuchar ouvir ouco hoor sentire sento',
  black: 'schwarz schwarzer noir noire negro negra preto preta zwart nero nera',
  flicker: 'flackert flackern scintille clignote parpadea pisca flikkert sfarfalla',
  signal: 'senal sinal segnale',
  speaker: 'lautsprecher altavoz altavoces luidspreker altoparlante altoparlanti',
  fan: 'lufter ventilateur ventilador ventilator ventola',
  hot: 'heiss chaud chaude caliente quente heet caldo',
  keychain: 'schlusselbund trousseau llavero chaveiro sleutelhanger portachiavi',
  fingerprint: 'fingerabdruck empreinte huella vingerafdruk impronta',
  // Files, drives and storage.
  file: 'datei dateien fichier fichiers archivo archivos arquivo arquivos ficheiro bestand bestanden',
  folder:
    'ordner verzeichnis dossier dossiers repertoire carpeta carpetas directorio pasta pastas diretorio cartella cartelle',
  drive: 'laufwerk laufwerke lecteur lecteurs unidad unidades unidade schijf unita',
  share: 'freigabe freigaben compartilhamento condivisione',
  disk: 'festplatte disque disco',
  space: 'speicherplatz espace espacio espaco ruimte schijfruimte spazio',
  memory: 'arbeitsspeicher memoire memoria geheugen',
  storage: 'stockage almacenamiento armazenamento opslag archiviazione',
  // What goes wrong.
  error: 'fehler fehlermeldung erreur fallo erro fout foutmelding errore',
  crash: 'absturz absturzt abgesturzt plante plantage crasht crasha crashou',
  freeze:
    'friert eingefroren hangt fige figee congela congelado colgado travado trava travou congelou bevroren vastgelopen blocca congelato',
  broken: 'kaputt defekt casse cassee roto rota estropeado quebrado avariado kapot rotto rotta guasto',
  slow: 'lenteur lentezza traagheid langsam lahm lent lente lento lenta lentidao lentitud ralenti traag langzaam trage lentissimo lentisimo lentamente rallentato',
  missing:
    'weg fehlt fehlen verschwunden manquant manquante disparu disparue falta desaparecido desaparecio sumiu desapareceu ontbreekt verdwenen mancante manca sparito sparita scomparso',
  denied: 'verweigert refuse refusee denegado negado recusado geweigerd negato rifiutato',
  blocked: 'blockiert bloccate',
  loop: 'schleife boucle bucle lus ciclo',
  loading: 'laden ladt chargement cargando carga carregando carregar caricamento carica',
  stuck: 'atascado vast',
  found: 'gefunden trouve trouvee encontrado encontrada gevonden trovato trovata introuvable',
  fail: 'fehlgeschlagen echoue echouee echec falla fallido fallida falha falhou mislukt mislukte fallito fallita fallisce',
  // What the user does or wants to do.
  open: 'lance lancer lancement offnen offnet geoffnet ouvrir ouvre abrir abre openen opent aprire apre',
  start: 'starten startet gestartet demarrer demarre arrancar arranca iniciar inicia opstarten avviare avvia',
  run: 'ausfuhren ausgefuhrt executer execute ejecutar ejecuta executar executa uitvoeren eseguire esegue',
  shutdown: 'apaga apago apagado desliga desligou spegne spento eteint',
  arrive: 'arriva arrivano llega llegan chega chegam arrivent',
  restart:
    'neustart neugestartet redemarrer redemarre redemarrage reiniciar reinicie reiniciei reiniciado reinicio herstarten herstart riavviare riavviato riavvio',
  update:
    'aktualisierung aktualisieren aktualisiert actualizacion actualizaciones actualizar atualizacao atualizacoes atualizar bijwerken aggiornamento aggiornamenti aggiornare',
  uninstall: 'deinstallieren deinstalliert desinstaller desinstalar desinstalleren disinstallare',
  delete: 'loschen geloscht supprimer supprime eliminar borrar borrado verwijderen verwijderd eliminare cancellare',
  install:
    'installateur installieren installiert installer installe instalar instalado instalacion instalacao installeren geinstalleerd installatie installare installato installazione',
  access: 'zugriff zugang acces acceso acesso toegang accesso',
  permission:
    'berechtigung berechtigungen autorisation droits permiso permisos permissao permissoes rechten toestemming permesso permessi',
  approval: 'genehmigung zustimmung aprobacion aprovacao goedkeuring approvazione',
  admin: 'administrateur administrador beheerder amministratore',
  license: 'lizenz lizenzen licencia licenca licentie licenza',
  activate:
    'aktivieren aktivierung activer activar activacion ativar ativacao activeren activatie attivare attivazione',
  sync: 'synchronisieren synchronisiert synchronisation synchroniser sincronizar sincroniza sincronizacion sincronizacao synchroniseren synchronisatie sincronizzare sincronizzazione',
  recovery: 'wiederherstellung recuperation recuperacion recuperacao herstel ripristino recupero',
  encryption: 'verschlusselung chiffrement cifrado criptografia versleuteling crittografia',
  security: 'sicherheit securite seguridad seguranca beveiliging sicurezza',
  protect: 'geschutzt protege protegido beschermd protetto',
  certificate:
    'zertifikat zertifikate certificat certificats certificado certificados certificaat certificaten certificato certificati',
  key: 'schlussel cle chave sleutel chiave',
  message: 'nachricht meldung mensaje mensagem bericht messaggio',
  register: 'registrieren registrierung registrar registreren registrare registrazione',
  enroll: 'inscription inscripcion inscrever inschrijven',
  profile: 'profil perfil profiel profilo',
  name: 'nachname nom nombre nome naam apellido cognome',
  app: 'anwendung programm logiciel aplicacion aplicativo programa applicatie programma toepassing applicazione',
  driver: 'treiber pilote pilotes controlador',
  queue: 'warteschlange wachtrij',
  second: 'zweiter zweite zweiten zweites deuxieme segundo segunda tweede secondo seconda',
  session: 'sitzung sesion sessao sessione',
  unable: 'unmoglich imposible impossivel onmogelijk impossibile',
  // Security incidents.
  virus: 'schadsoftware trojaner',
  malware: 'malveillant',
  phishing: 'hameconnage',
  scam: 'betrug arnaque estafa golpe oplichting truffa',
  suspicious: 'verdachtig verdacht verdachte  sospechoso sospechosa suspeito suspeita sospetto sospetta',
  click: 'geklickt clique cliquei geklikt cliccato',
  lost: 'verloren perdu perdue perdido perdida perdi kwijt perso persa',
  stolen: 'gestohlen vole volee robado robada robaron roubado roubada roubaram gestolen rubato rubata',
  // Meetings and calls.
  meeting:
    'besprechung besprechungen reunion reuniones reuniao reunioes vergadering vergaderingen riunione riunioni videoconferencia videochamada',
  call: 'anruf appel llamada chamada ligacao gesprek chiamata',
  chat: 'unterhaltungen conversas conversaciones gesprekken conversazioni',
  // Places and ownership that decide between runbooks (company device or own, home or office).
  company: 'firma unternehmen entreprise empresa bedrijf azienda aziendale',
  personal: 'privat personlich personnel personnelle pessoal prive persoonlijk privato',
  home: 'zuhause homeoffice domicile teletravail teletrabajo teletrabalho thuiswerken smartworking casa thuis',
  outside: 'exterieur fuera fora buiten fuori',
  external: 'extern externe externer externen externo externa esterno esterna',
  published: 'veroffentlicht publie publiee publicado publicada gepubliceerd pubblicato pubblicata',
  portal: 'portail portale',
  page: 'seite pagina',
  supplier: 'lieferant fournisseur proveedor fornecedor leverancier fornitore',
  management: 'verwaltung gestion gestao beheer gestione',
  // Words of state and time.
  new: 'neu neue neuer neues neuen nouveau nouvelle nuevo nueva novo nova nieuw nieuwe nuovo nuova',
  old: 'alte alten altes ancien ancienne viejo antiguo antigo oud oude vecchio',
  ask: 'demande fragt pregunta pede vraagt chiede',
  compliant: 'konform conforme conform',
  compliance: 'konformitat conformite cumplimiento conformidade naleving conformita',
  quarantine: 'quarantane quarantaine cuarentena quarentena quarantena',
  encrypt: 'verschlusselt chiffre criptografado versleuteld crittografato',
  bounce: 'unzustellbar onbestelbaar',
  domain: 'domane domaine dominio domein',
  trust: 'vertrauensstellung approbation confianza confianca vertrouwensrelatie',
};

/** Multi-word forms. */
const GLOSSARY_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['mot de passe', 'password'],
  ['mots de passe', 'password'],
  ['boite aux lettres', 'mailbox'],
  ['boite mail', 'mailbox'],
  ['caixa de correio', 'mailbox'],
  ['caixa postal', 'mailbox'],
  ['casella di posta', 'mailbox'],
  ['correo electronico', 'email'],
  ['mise a jour', 'update'],
  ['neu starten', 'restart'],
  ['iniciar sesion', 'signin'],
  ['se connecter', 'signin'],
  ['ouvrir ma session', 'signin'],
  ['ouvrir une session', 'signin'],
  ['fazer login', 'signin'],
  ['non conforme', 'not compliant'],
  ['nicht konform', 'not compliant'],
  ['niet conform', 'not compliant'],
  ['no conforme', 'not compliant'],
  ['nao conforme', 'not compliant'],
  ['relation d approbation', 'trust relationship'],
  ['relacion de confianza', 'trust relationship'],
  ['relacao de confianca', 'trust relationship'],
  ['relazione di trust', 'trust relationship'],
  ['portail d entreprise', 'company portal'],
  ['portal de empresa', 'company portal'],
  ['portal da empresa', 'company portal'],
  ['portale aziendale', 'company portal'],
  ['disque plein', 'disk full'],
  ['disco lleno', 'disk full'],
  ['disco cheio', 'disk full'],
  ['disco pieno', 'disk full'],
  ['schijf vol', 'disk full'],
  ['mise a jour windows', 'windows update'],
  ['mises a jour', 'update'],
  ['ecran bleu', 'bsod'],
  ['pantalla azul', 'bsod'],
  ['tela azul', 'bsod'],
  ['blauer bildschirm', 'bsod'],
  ['blauw scherm', 'bsod'],
  ['schermata blu', 'bsod'],
  ['boite d envoi', 'outbox'],
  ['bandeja de salida', 'outbox'],
  ['caixa de saida', 'outbox'],
  ['posta in uscita', 'outbox'],
  ['postvak uit', 'outbox'],
  ['boite de reception', 'inbox'],
  ['bandeja de entrada', 'inbox'],
  ['caixa de entrada', 'inbox'],
  ['posta in arrivo', 'inbox'],
  ['postvak in', 'inbox'],
  ['offline werken', 'working offline'],
  ['red inalambrica', 'wifi'],
  ['rede sem fio', 'wifi'],
  ['ordinateur portable', 'computer'],
  ['palavra passe', 'password'],
  ['palavras passe', 'password'],
  ['nom d utilisateur', 'username'],
  ['nombre de usuario', 'username'],
  ['nome de usuario', 'username'],
  ['nome utente', 'username'],
  // Two-factor sign-in, as each language says it.
  ['double authentification', 'mfa'],
  ['deux facteurs', 'mfa'],
  ['zwei faktor', 'mfa'],
  ['doble factor', 'mfa'],
  ['dos factores', 'mfa'],
  ['dois fatores', 'mfa'],
  ['due fattori', 'mfa'],
  ['twee factor', 'mfa'],
  ['piece jointe', 'attachment'],
  ['pieces jointes', 'attachment'],
  // Networks: "red" alone is an English colour, so Spanish network words come in phrases.
  ['la red', 'network'],
  ['de red', 'network'],
  ['sin red', 'network'],
  ['sans fil', 'wifi'],
  ['sem fio', 'wifi'],
  ['senza fili', 'wifi'],
  ['hors ligne', 'offline'],
  ['fuera de linea', 'offline'],
  ['se cae', 'drop'],
  ['se corta', 'drop'],
  ['valt weg', 'drop'],
  ['bricht ab', 'drop'],
  // Windows' "(Not Responding)" in each language.
  ['ne repond pas', 'freeze'],
  ['ne repond plus', 'freeze'],
  ['no responde', 'freeze'],
  ['nao responde', 'freeze'],
  ['reagiert nicht', 'freeze'],
  ['reageert niet', 'freeze'],
  ['non risponde', 'freeze'],
  ['loopt vast', 'freeze'],
  ['si blocca', 'freeze'],
  ['se bloquea', 'freeze'],
  ['fecha sozinho', 'crash'],
  ['fecha sozinha', 'crash'],
  ['se cierra', 'crash'],
  // Dutch words that are other words alone: "map" (English map), "vol" (French theft).
  ['de map', 'folder'],
  ['deze map', 'folder'],
  ['gedeelde map', 'shared folder'],
  ['is vol', 'full'],
  ['zit vol', 'full'],
  ['se ferme', 'crash'],
  ['si chiude', 'crash'],
  ['sturzt ab', 'crash'],
  ['haut parleur', 'speaker'],
  ['haut parleurs', 'speaker'],
  ['alto falante', 'speaker'],
  ['kommt nicht an', 'not arrive'],
  ['kommen nicht an', 'not arrive'],
  ['komt niet binnen', 'not arrive'],
  ['komen niet binnen', 'not arrive'],
  ['schaltet sich aus', 'shutdown'],
  ['valt uit', 'shutdown'],
  ['reconnaissance faciale', 'face recognition'],
  ['reconocimiento facial', 'face recognition'],
  ['reconhecimento facial', 'face recognition'],
  ['riconoscimento facciale', 'face recognition'],
  ['lecture seule', 'read only'],
  ['solo lectura', 'read only'],
  ['somente leitura', 'read only'],
  ['sola lettura', 'read only'],
  ['non distribuable', 'bounce'],
  ['no entregado', 'bounce'],
  ['nao entregue', 'bounce'],
  ['non recapitabile', 'bounce'],
  ['pas de son', 'no sound'],
  ['kein ton', 'no sound'],
  ['sem som', 'no sound'],
  ['disque dur', 'disk'],
  ['disco duro', 'disk'],
  ['disco rigido', 'disk'],
  ['harde schijf', 'disk'],
  ['station d accueil', 'dock'],
  ['estacion de acoplamiento', 'dock'],
  ['base de acoplamiento', 'dock'],
  ['bureau a distance', 'remote desktop'],
  ['escritorio remoto', 'remote desktop'],
  ['area de trabalho remota', 'remote desktop'],
  ['desktop remoto', 'remote desktop'],
  ['extern bureaublad', 'remote desktop'],
  ['centre logiciel', 'software center'],
  ['centro de software', 'software center'],
  ['file d attente', 'queue'],
  ['cola de impresion', 'print queue'],
  ['fila de impressao', 'print queue'],
  ['coda di stampa', 'print queue'],
];

/** Function words and negations of those languages: no more meaning than "the" or "not". */
export const FOREIGN_STOPWORDS = `der die das den dem des ein eine einen einem einer und oder aber auch ich mich mir mein meine meinen
meinem meiner ihr ihre sie er es wir uns unser unsere ist sind wird wurde werden hat habe haben hatte bin bist waren mit von zu
im auf fur bei aus bis beim vom zum zur nach nicht kein keine keinen kann konnen mehr immer wieder seit heute gestern jetzt sehr
nur wenn dass weil wie was wo als sich lasst lassen standig schon noch mal nochmal leider bitte danke hallo geht klappt gruss
je mon ma mes le la les un une et est sont avec dans pour sur ne pas plus toujours sans arret merci bonjour du des au aux ce cet
cette ces il elle nous vous ils elles qui que quoi ou ai avons avez ont etait suis ete fait tres aussi encore deja depuis
apres avant aujourd hui hier matin soir rien quand comme mais donc votre vos notre nos leur leurs se sa son ses te lui puis peux peut pouvez
el los las una unos y es son con para por del al mi mis yo su sus que lo siempre gracias hola pero tambien ya hoy ayer manana
despues antes tarde noche desde cuando muy mas todo todos todas nada te le les nos ha he han hay estoy esta estan este esto ese esa eso fue era
puede podemos favor ayuda urgente buenas buenos dias saludos
o os um uma e eu meu minha com nao sempre obrigado ola da do das dos na em ao aos pelo pela ele ela eles elas isso isto esse
depois essa ja hoje ontem amanha manha noite muito tudo foi estou estao tenho tem ajuda bom boa
ik mijn het een en niet van met op voor geen altijd bedankt wel ook nog al maar als dan dat dit deze zijn heb hebt heeft hebben
bent kun kunnen moet wil wordt worden werd er hier daar vandaag gisteren morgen ochtend middag avond sinds meer zeer erg heel
alleen graag alstublieft aub groet groeten dank steeds telkens constant
il lo gli di da che mio mia non sempre grazie ciao una uno del della dei delle alla con su per tra fra chi cosa piu molto anche
dopo prima continuamente gia ancora oggi ieri domani mattina sera quando ma se mi ti si ci vi ne ho hanno sono sei siamo stato stata puo possono aiuto
favore buongiorno salve saluti
funktioniert fonctionne funciona werkt funziona consigo puedo posso kan riesco riesce marche tengo sola solo
stunde stunden minute minuten tag tage woche mal heure heures fois jour jours semaine hora horas minuto minutos rato ratos vez veces vezes
dia dias semana toda uur uren keer dag dagen ora ore minuti volta volte giorno giorni settimana
zeigt angezeigt erscheint affiche apparait muestra aparece mostra fica fico ficou toont verschijnt appare ewig eternamente`;

export const TRANSLATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(GLOSSARY).flatMap(([english, words]) =>
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => [w, english] as const),
  ),
);

export const TRANSLATED_PHRASES = GLOSSARY_PHRASES;

/**
 * German writes compounds as one word ("Benutzerkonto", "Druckerwarteschlange", "Firmen-WLAN").
 * A word that starts or ends with one of these heads is read as that head.
 */
export const GERMAN_COMPOUND_HEADS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    konto: 'account',
    passwort: 'password',
    kennwort: 'password',
    drucker: 'printer',
    netzwerk: 'network',
    laufwerk: 'drive',
    postfach: 'mailbox',
    zertifikat: 'certificate',
    bildschirm: 'screen',
    fehler: 'error',
    zugriff: 'access',
    wlan: 'wifi',
    rechner: 'computer',
    datei: 'file',
    ordner: 'folder',
    speicher: 'space',
    anmeldung: 'signin',
    sperre: 'locked',
    gesperrt: 'locked',
    update: 'update',
    druck: 'print',
    schlussel: 'key',
    verbindung: 'connect',
    freigabe: 'share',
    kamera: 'camera',
    mikrofon: 'microphone',
    lizenz: 'license',
    absturz: 'crash',
    treiber: 'driver',
    warteschlange: 'queue',
    kalender: 'calendar',
    profil: 'profile',
    festplatte: 'disk',
    tastatur: 'keyboard',
    lautsprecher: 'speaker',
    wiederherstellung: 'recovery',
    verschlusselung: 'encryption',
    netz: 'network',
    gesicht: 'face',
    erkennung: 'recognition',
    abbruch: 'disconnect',
  }),
);
