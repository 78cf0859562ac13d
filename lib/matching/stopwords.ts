import { FOREIGN_STOPWORDS } from './translations';

/**
 * Words that say nothing about which runbook fits. Besides English function words this holds the
 * filler of service-desk tickets (greetings, urgency, time of day, "issue"/"help") because the
 * matcher counts every remaining word of a ticket: a word missing from the whole library lowers the
 * confidence of every match, which is right for "toner" or "payslip" but wrong for "today" or "pls".
 * Negations are here too: "not"/"cant" appear in almost every related query and decide nothing
 * (they still count as problem cues, see ticket-intent.ts).
 */
const ENGLISH = `a about above after afterwards again against all almost along already also although always am
among an and another any anybody anymore anyone anything anyway anywhere are around as at away be
became because become been before being below beside besides between both but by can cannot cant
could couldnt did didnt do does doesnt doing done dont during each either else even ever every
everybody everyone everywhere few for from further get gets getting got gotten had hadnt has hasnt
have havent having he hed hes her here hers herself him himself his how however i id ie if im in
into is isnt it its itself ive just least less let lets ll me might mine more most much must my
myself neither no nor not now of off often on once one ones only onto or other others otherwise
our ours ourselves out over per versus vs perhaps quite rather re same shall she should shouldnt since
so some somebody somehow someone something sometimes somewhere soon still such than that thats the
their theirs them themselves then there thereby therefore these they thing things this those though
through thru thus to together too toward towards under unless until up upon us ve very via was
wasnt we were werent what whatever when whenever where wherever whether which while who whoever
whole whom whose why will with within without wont would wouldnt yet you youd your youre yours
yourself yourselves`;

const TICKET_FILLER = `hi hello hey dear greetings thanks thank thx ty tia regards cheers kindly sorry please pls plz
asap urgent urgently important priority critical immediately quickly fast soon help helpdesk
servicedesk assist assistance support needed needs need issue issues problem problems trouble ticket
incident query request requests user users colleague colleagues someone somebody team staff
today yesterday tomorrow tonight morning mornings afternoon evening night nights week weeks weekend
month months year years day days daily hour hours minute minutes min mins sec secs moment currently
recently suddenly lately earlier later ago anymore constantly randomly repeatedly continuously
really sooo soo super totally completely entirely extremely literally basically actually
ok okay yes yeah yep lol hmm etc eg am pm
keep keeps kept keeping try tried trying tries working works fine twice forever next err time times able
unable impossible possible
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec
say says said show shows showing think thinks guess seems seem details detail below
hardware software category subcategory general misc miscellaneous other
http https www com html htm aspx php`;

export const STOPWORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${TICKET_FILLER} ${FOREIGN_STOPWORDS}`.split(/\s+/).filter(Boolean),
);

/** Single letters ("w/", "C:", "P: drive") carry no meaning once the punctuation is gone. */
export function isNoise(token: string): boolean {
  return token.length < 2 || isOrdinal(token);
}

/** "1st", "3rd", "4th": counts and floors, never the problem. ("2nd" is an alias of "second".) */
export function isOrdinal(token: string): boolean {
  return /^\d+(?:st|rd|th)$/.test(token);
}
