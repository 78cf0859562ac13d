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
  password: 'passwort kennwort passwortes kennworts contrasena contrasenas senha senhas wachtwoord mdp',
  account: 'konto benutzerkonto nutzerkonto compte cuenta conta gebruikersaccount',
  locked: 'gesperrt gesperrte bloque bloquee bloqueado bloqueada geblokkeerd bloccato bloccata bloccarsi',
  expired:
    'abgelaufen abgelaufene expire expiree caduco caducada caducado caduca expirado expirada vencido vencida verlopen scaduto scaduta',
  email: 'correo correos courriel courriels mensagens',
  mailbox: 'postfach buzon postvak',
  full: 'voll volle plein pleine lleno llena cheio cheia pieno piena',
  send: 'senden versenden envoyer enviar verzenden inviare',
  receive: 'empfangen recevoir recibir receber ontvangen ricevere',
  connect: 'verbinden verbindung connecter conectar conexion conexao verbinding connettere connessione',
  network: 'netzwerk reseau rede netwerk rete',
  printer: 'drucker imprimante impresora impressora stampante',
  print: 'drucken imprimer imprimir printen stampare',
  screen: 'bildschirm ecran pantalla tela scherm schermo',
  computer: 'rechner ordinateur ordenador computadora computador portatil portatile',
  phone: 'handy telefon telephone telefono telefone celular movil telefoon cellulare',
  lost: 'verloren perdu perdue perdido perdida perdi kwijt perso persa',
  stolen: 'gestohlen robado robada robaron roubado roubada roubaram gestolen rubato rubata',
  slow: 'langsam lent lente lento lenta traag lentissimo lentisimo lentamente trage',
  crash: 'absturz absturzt abgesturzt plante',
  update: 'aktualisierung actualizacion atualizacao aggiornamento bijwerken atualizacoes actualizaciones',
  install: 'installieren instalar installeren installare installer instalacion instalacao installatie installazione',
  error: 'fehler fehlermeldung erreur fallo erro fout errore',
  access: 'zugriff zugang acces acceso acesso toegang accesso',
  denied: 'verweigert refuse denegado negado geweigerd negato',
  signin: 'anmelden anmeldung einloggen inloggen',
  new: 'neu neue neuer neues neuen nouveau nouvelle nuevo nueva novo nova nieuw nieuwe nuovo nuova',
  old: 'alte alten altes ancien ancienne viejo antiguo antigo oud oude vecchio',
  reset: 'zurucksetzen reinitialiser restablecer redefinir resetten reimpostare',
  change: 'andern geandert anderung changer cambiar cambiarla cambiarlo mudar alterar wijzigen cambiare',
  blocked: 'blockiert',
  open: 'offnen ouvrir abrir openen aprire',
  start: 'starten demarrer arrancar opstarten avviare',
  file: 'datei dateien fichier fichiers archivo archivos arquivo arquivos bestand bestanden',
  folder: 'ordner dossier carpeta pasta cartella',
  drive: 'laufwerk lecteur unidad unidade schijf',
  disk: 'festplatte disque disco',
  space: 'speicherplatz espace espacio espaco ruimte spazio',
  camera: 'kamera camara',
  microphone: 'mikrofon microfono microfone microfoon',
  sound: 'sonido geluid',
  meeting: 'besprechung reunion reuniao vergadering riunione',
  certificate: 'zertifikat certificat certificado certificaat certificato',
  restart:
    'neustart neugestartet redemarrer redemarre reiniciar reinicie reiniciei reiniciado herstarten herstart riavviare riavviato',
  key: 'schlussel cle chave sleutel chiave',
  message: 'nachricht meldung mensaje mensagem bericht messaggio',
  missing: 'fehlt fehlen manquant manquante falta ontbreekt mancante',
  sync: 'synchronisieren synchronisation synchroniser sincronizar synchroniseren sincronizzare',
  virus: 'schadsoftware',
  ask: 'demande fragt pregunta pede vraagt chiede',
  forgot:
    'vergessen oublie oubliee olvide olvidado olvidada esqueci esquecida esquecido vergeten dimenticato dimenticata',
  unlock: 'entsperren entsperrt debloquer desbloquear ontgrendelen deblokkeren sbloccare sblocco',
  disconnect:
    'getrennt trennt deconnecte deconnexion desconecta desconectado desconexion desconectou verbroken ontkoppeld disconnette disconnesso',
  loading: 'laden ladt chargement cargando carga carregando carregar caricamento carica',
  freeze: 'friert eingefroren fige congela congelado travado trava bevroren blocca',
  compliant: 'konform conforme conform',
  domain: 'domane domaine dominio domein',
  trust: 'vertrauensstellung approbation confianza confianca vertrouwensrelatie',
  monitor: 'moniteur monitore beeldscherm',
  dock: 'dockingstation',
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
];

/** Function words and negations of those languages: no more meaning than "the" or "not". */
export const FOREIGN_STOPWORDS = `der die das den dem des ein eine einen einem einer und oder ich mich mir mein meine meinen
meinem ist sind wird wurde werden mit von zu im auf fur bei nicht kein keine keinen kann konnen mehr immer
standig schon noch bitte danke hallo
je mon ma mes le la les un une et est sont avec dans pour sur ne pas plus toujours sans arret merci bonjour
el los las una unos y es son con para por del al mi mis yo su sus que lo siempre gracias hola
o os um uma e eu meu minha com nao sempre obrigado ola
ik mijn het een en niet van met op voor geen altijd bedankt
il lo gli di da che mio mia non sempre grazie ciao
funktioniert fonctionne funciona werkt funziona consigo puedo posso kan`;

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
  }),
);
