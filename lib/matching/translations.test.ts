import { describe, expect, it } from 'vitest';
import { normaliseTicket } from './normalise-ticket';

// The core words of the runbooks' scopes, one per language: German, French, Spanish, Portuguese,
// Dutch, Italian (as typed: accents or not). Each must read as the English word the runbooks use.
const CORE: ReadonlyArray<readonly [string, readonly [string, string, string, string, string, string]]> = [
  ['password', ['Passwort', 'mdp', 'contraseña', 'senha', 'wachtwoord', 'password']],
  ['account', ['Konto', 'compte', 'cuenta', 'conta', 'gebruikersaccount', 'utenza']],
  ['locked', ['gesperrt', 'bloqué', 'bloqueada', 'bloqueado', 'geblokkeerd', 'bloccato']],
  ['expired', ['abgelaufen', 'expiré', 'caducada', 'expirou', 'verlopen', 'scaduta']],
  ['forgot', ['vergessen', 'oublié', 'olvidé', 'esqueci', 'vergeten', 'dimenticato']],
  ['printer', ['Drucker', 'imprimante', 'impresora', 'impressora', 'printer', 'stampante']],
  ['network', ['Netzwerk', 'réseau', 'la red', 'rede', 'netwerk', 'rete']],
  ['wifi', ['WLAN', 'sans fil', 'inalámbrica', 'sem fio', 'draadloos', 'senza fili']],
  ['drive', ['Laufwerk', 'lecteur', 'unidad', 'unidade', 'schijf', 'unità']],
  // Dutch "map" is English "map" (a drive), so the Dutch folder comes with its article.
  ['folder', ['Ordner', 'dossier', 'carpeta', 'pasta', 'de map', 'cartella']],
  ['shared', ['freigegeben', 'partagé', 'compartida', 'compartilhada', 'gedeelde', 'condivisa']],
  ['meeting', ['Besprechung', 'réunion', 'reunión', 'reunião', 'vergadering', 'riunione']],
  ['camera', ['Kamera', 'caméra', 'cámara', 'câmera', 'camera', 'telecamera']],
  ['microphone', ['Mikrofon', 'micro', 'micrófono', 'microfone', 'microfoon', 'microfono']],
  ['certificate', ['Zertifikat', 'certificat', 'certificado', 'certificado', 'certificaat', 'certificato']],
  ['update', ['Aktualisierung', 'mise à jour', 'actualización', 'atualização', 'bijwerken', 'aggiornamento']],
  ['disk', ['Festplatte', 'disque', 'disco duro', 'disco', 'harde schijf', 'disco rigido']],
  ['memory', ['Arbeitsspeicher', 'mémoire', 'memoria', 'memória', 'geheugen', 'memoria']],
  ['slow', ['langsam', 'lent', 'lento', 'lenta', 'traag', 'lento']],
  // Dutch "vol" is French "vol" (theft): full in Dutch comes with its verb.
  ['full', ['voll', 'plein', 'lleno', 'cheio', 'is vol', 'pieno']],
  ['crash', ['Absturz', 'plante', 'se cierra', 'fecha sozinho', 'crasht', 'si chiude']],
  ['freeze', ['reagiert nicht', 'ne répond pas', 'no responde', 'não responde', 'reageert niet', 'non risponde']],
  ['missing', ['fehlt', 'disparu', 'falta', 'sumiu', 'ontbreekt', 'manca']],
  ['disconnect', ['getrennt', 'déconnecté', 'desconectado', 'desconectou', 'verbroken', 'disconnesso']],
  ['open', ['öffnen', 'ouvrir', 'abrir', 'abrir', 'openen', 'aprire']],
  ['install', ['installieren', 'installer', 'instalar', 'instalar', 'installeren', 'installare']],
  ['error', ['Fehler', 'erreur', 'fallo', 'erro', 'fout', 'errore']],
  ['access', ['Zugriff', 'accès', 'acceso', 'acesso', 'toegang', 'accesso']],
  ['sync', ['synchronisieren', 'synchroniser', 'sincronizar', 'sincronização', 'synchronisatie', 'sincronizzazione']],
  ['fail', ['fehlgeschlagen', 'échoué', 'fallido', 'falhou', 'mislukt', 'fallito']],
];

describe('the glossary of six languages', () => {
  it.each(CORE)('reads every language’s word for %s as that word', (english, words) => {
    for (const word of words) expect(normaliseTicket(word).terms, word).toEqual([english]);
  });

  it('drops each language’s function and time words', () => {
    for (const ticket of [
      'seit heute morgen geht es nicht mehr',
      'depuis ce matin il ne marche plus',
      'desde ayer no funciona',
      'desde ontem não funciona',
      'sinds vandaag werkt het niet meer',
      'da ieri non funziona più',
    ]) {
      expect(normaliseTicket(ticket).terms, ticket).toEqual([]);
    }
  });
});
