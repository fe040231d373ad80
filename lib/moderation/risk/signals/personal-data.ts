import { isAboutClients, isNegated } from '../context';
import { findAll, firstWords, hasMatch, phrasesOf, rx, sentenceAfter, sentenceBefore, sentenceOf, type Match, type RiskText } from '../text';
import { MESSENGER } from './contacts';
import type { Detection } from './detection';

// Secrets no employer ever needs: whoever asks for them is stealing money or an identity.
const SECRETS = [
  rx('cvv~|cvc~|cvv2|cvc2|тр[е]хзначн~ код~|пин-?код~|pin-?код~|срок~ (?:е[е] |ее )?действия'),
  // The code on the back, however it is described: "три цифры на обороте", "код с обратной стороны".
  rx('(?:код~|цифр~|номер~)…(?:на |с )?(?:оборот~|обратн~ сторон~|задн~ сторон~)'),
  rx('карт~…(?:с (?:двух|обеих) сторон|обе стороны)|(?:both sides|front and back) of (?:your |the )?(?:bank )?card'),
  rx('код~ из (?:смс|sms|сообщени~)|смс-?код~|sms-?код~|(?:логин|пароль|код|доступ)~…(?:от |к |из |в )?госуслуг~|пароль~ от (?:банк|личн|онлайн)~'),
  rx('security code|card (?:pin|expiry|expiration)|expiry date|expiration date|pin code|one-time (?:code|password)|otp|sms code|verification code|(?:online )?banking (?:login|password|credentials)'),
  rx('(?:digits|numbers?|code) on the back'),
  // Fourth blind set: a confirmation code read out to a "manager", online-banking credentials "for payroll".
  rx('продикту~…код~|код~ подтверждени~|(?:username|login|password)s?⋯(?:online|internet|mobile) banking'),
];
// Documents and card numbers an employer does need, but at signing, not in a reply to an ad.
const DOCUMENTS = [
  rx('(?:скан|фото|фотографи|копи|снимок|снимк|селфи|разворот)~…паспорт~|паспортн~ данн~|снилс|инн'),
  rx('(?:номер|данн|реквизит)~ (?:вашей |своей |банковской |личной )*карт~'),
  rx("(?:scan|photo|picture|copy|image|selfie)\\w* (?:of|with) (?:your |a )?(?:passport|id|id card|driver'?s licen[cs]e)|passport (?:scan|photo|copy|details|number)"),
  rx('ssn|social security number|(?:bank )?card (?:number|details)'),
  rx('(?:подтвержденн~ )?учетн~ запис~ (?:на )?госуслуг~'),
];
const REQUEST = rx(
  '(?:пришл|присыл|отправ|прикреп|прилож|предостав|укаж|указыва|сообщ|назов|напиш|скин|сфотограф|загруз|введ|ввест|вышл|переда|понадоб|потребу|нужн|необходим|требу|запрашива|попрос)~|' +
    'send|provide|upload|share|submit|attach|email|text|include|give|enter|fill|need|required|must|ask',
);
// "При оформлении понадобятся паспорт, СНИЛС и ИНН" is a normal hiring step, unless the documents go to a messenger.
const HIRING_STAGE = rx(
  'при (?:оформлени|трудоустройств|заключени|при[е]м)~|(?:для|на этапе) (?:договор|трудоустройств)~|в отдел~ кадров|после (?:собеседовани|оффер|стажировк|одобрени)~|' +
    '(?:at|on|upon|during|for) (?:hiring|signing|the contract|contract signing|employment)|after (?:the )?(?:offer|interview)',
);

// One verb often serves a whole list ("send a photo of your ID, your SSN and your card details"), so the
// request may be anywhere earlier in the sentence, or just after the item ("паспорт нужно прислать").
const requested = (text: RiskText, m: Match) =>
  hasMatch(REQUEST, sentenceBefore(text, m)) || hasMatch(REQUEST, firstWords(sentenceAfter(text, m), 6));

export function detectPersonalData(text: RiskText): Detection | null {
  const relevant = (m: Match) => !isNegated(text, m) && !isAboutClients(text, m);
  const secrets = findAll(text, SECRETS).filter(relevant);
  const documents = findAll(text, DOCUMENTS).filter((m) => {
    if (!relevant(m) || !requested(text, m)) return false;
    const sentence = sentenceOf(text, m);
    return !hasMatch(HIRING_STAGE, sentence) || hasMatch(MESSENGER, sentence);
  });
  if (secrets.length === 0 && documents.length === 0) return null;
  const viaMessenger = documents.some((m) => hasMatch(MESSENGER, sentenceOf(text, m)));
  // Secrets are theft outright; documents sent to a chat account are the next worst.
  const weight = secrets.length ? 60 : viaMessenger ? 50 : 35;
  return { code: 'personalData', weight, phrases: phrasesOf([...secrets, ...documents].sort((a, b) => a.start - b.start)) };
}
