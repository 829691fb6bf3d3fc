/**
 * Notices about the page that sites print inside the article text, between its paragraphs or
 * right after it: newsletter and e-mail prompts (`share`), placeholders where an advertisement
 * or an embedded post goes (`navigation`, labelled like other page furniture), affiliate disclosures (`legal`) and
 * paywall or comment-form notes (`account`). Unlike the closing notices (`tail.ts`) they are
 * matched in every body line of at most NOTICE_MAX_WORDS words: each entry says something only
 * a notice says. Entries open with a word that ordinary sentences rarely hold, so that the line
 * scan's opener flag keeps the check off most lines.
 */
export const NEWSLETTER_NOTICES: readonly string[] = [
  // en
  'newsletter',
  'newsletters',
  'your inbox',
  'email alerts',
  'subscribe today',
  'breaking news alerts',
  // de (the word itself is shared with en and fr), fr, es, it, pl, ru, uk, el
  'infolettre',
  'boletín de noticias',
  'nuestro boletín',
  'newslettera',
  'newsletterze',
  'рассылку новостей',
  'нашу рассылку',
  'подпишитесь на рассылку',
  'підпишіться на розсилку',
  'нашу розсилку',
  // sharing the page by e-mail
  'send a link to this page',
  'email this article',
  'email this story',
  // republication and translation notes
  'this story was originally published',
  'this article was originally published',
  'this post originally appeared',
  'this story originally appeared',
  'this article originally appeared',
  'im original veröffentlicht',
  // site feedback prompts ("Tell us what you think about our new look by taking this survey.")
  'taking this survey',
  'taking our survey',
  // app and messenger channels
  'download the app',
  'download our app',
  'whatsapp community',
  'whatsapp channel',
  // sign-up widgets and their messages ("Thank you for subscribing!", "Invalid email")
  'subscribe we will use',
  'thank you for subscribing',
  'invalid email',
  // reading tools ("Increase article font size")
  'font size',
];

/** Notes that the article goes on under an advertisement or a video (advertisement notices). */
export const CONTINUES_BELOW_NOTICES: readonly string[] = [
  'story continues below',
  'article continues below',
  'continue reading below',
  'continues below advertisement',
  'continues after advertisement',
  'la suite après cette publicité',
  'la suite après la publicité',
  'weiterlesen nach der anzeige',
  'artikel wird unter der anzeige fortgesetzt',
  'продолжение после рекламы',
  'продолжение ниже',
  'dalsza część artykułu pod',
  'dalszy ciąg artykułu pod',
  'continua a leggere dopo la pubblicità',
  'el artículo continúa debajo',
];

export const ADVERT_NOTICES: readonly string[] = [
  'advertisement has not loaded',
  ...CONTINUES_BELOW_NOTICES,
  // embedded posts and videos shown only on consent
  'view this post on instagram',
  'a post shared by',
  'externen inhalt',
  'externer inhalt',
  'empfohlener redaktioneller inhalt',
  'damit einverstanden dass mir',
  'mit einem klick anzeigen lassen',
  'contenu externe',
  'contenido externo',
  'seeing this ad',
  // poll widgets' replies ("Спасибо! Ваше мнение учтено.")
  'мнение учтено',
  'голос учтен',
  'голос учтён',
  'thank you for voting',
  'thanks for voting',
  'dziękujemy za oddanie głosu',
  // share buttons' confirmations
  'link copied',
  'link kopiert',
  'lien copié',
  'enlace copiado',
  'link copiato',
  'ссылка скопирована',
  'link skopiowany',
  // link hints of share panels ("These are external links and will open in a new window")
  'external links and will open',
  'opens in a new window',
  // video players that do not play in the scraper, embed dialogs
  'video will start in',
  'embed this tweet',
  'embed this video',
  'embed this post',
  'media playback is unsupported',
  'media playback is not supported',
  'your browser does not support the video',
  'браузер не поддерживает',
  // ad-block notes and scroll prompts around advertisements
  'ad block users',
  'scroll to continue with content',
  // consent to load an embedded video ("YouTube-Inhalte erlauben")
  'inhalte erlauben',
];

export const DISCLOSURE_NOTICES: readonly string[] = [
  'affiliate links',
  'affiliate link',
  'affiliate commission',
  'amazon associate',
  'qualifying purchases',
  'liens affiliés',
  'lien affilié',
  'enlaces de afiliados',
  'link di affiliazione',
  'linki afiliacyjne',
  'партнерские ссылки',
  'advertising disclosure',
];

export const ACCOUNT_NOTICES: readonly string[] = [
  'subscription content',
  'log in to check access',
  'full access to this article',
  'must be logged in',
  'your bookmarks',
  'à vos sélections',
  'access through your institution',
  'access via your institution',
  'subscribers only',
  'typed comments will be lost',
  'before adding a comment',
  'facebook commenting',
  // confirmations of a form sent from the page
  'your message has been sent',
  'message a été envoyé',
  'nachricht wurde gesendet',
  'сообщение отправлено',
  'wiadomość została wysłana',
  // a subscription read on another device ("Tu suscripción se está usando en otro dispositivo")
  'otro dispositivo',
  'usando tu cuenta',
  'compartiendo tu cuenta',
  'estás viendo esto',
];

/**
 * Paywall notes that say where the visible text stops ("Il vous reste 57% de cet article à lire.
 * La suite est réservée aux abonnés."): whatever follows on the page is not the article. Only
 * "the rest" phrases: a label "Article réservé aux abonnés" may head an article.
 */
export const PAYWALL_CUT_NOTICES: readonly string[] = [
  'de cet article à lire',
  'la suite est réservée',
];
