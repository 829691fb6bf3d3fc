/**
 * Notes that close an article page rather than its story (labelled `footer`): calls to action
 * ("click here", "follow us on"), print-edition and contact notes ("appeared in print", "can be
 * reached at"), pointers to more news ("więcej wiadomości w serwisie"), an editor's bio. Matched
 * only in the last lines of the body.
 */
export const TAIL_NOTICE_PHRASES: readonly string[] = [
  // en
  'click here',
  'can be reached at',
  'appeared in print',
  'letters to the editor',
  'letter to the editor',
  'contributed to this report',
  'support of readers',
  'follow us on',
  'like us on facebook',
  'sign up for our',
  'subscribe to our',
  'is the editor of',
  'is the editor and publisher',
  'more news in',
  'this entry was posted',
  'filed under',
  // ru / uk
  'нажмите здесь',
  'подписывайтесь на',
  'следите за нами',
  'присоединяйтесь к нам',
  'читайте нас в',
  'если вы заметили ошибку',
  'больше новостей',
  'эта запись была опубликована',
  'підписуйтесь на',
  'стежте за нами',
  'приєднуйтесь до нас',
  // pl
  'kliknij tutaj',
  'kliknij tu',
  'śledź nas',
  'dołącz do nas',
  'zapisz się do newslettera',
  'więcej wiadomości',
  'więcej informacji w',
  'ten wpis został dodany',
  // el
  'κάντε κλικ εδώ',
  'πατήστε εδώ',
  'ακολουθήστε μας',
  'περισσότερες ειδήσεις',
  // de, fr, it, es, pt
  'klicken sie hier',
  'folgen sie uns',
  'cliquez ici',
  'suivez-nous',
  'clicca qui',
  'seguici su',
  'haga clic aquí',
  'síguenos en',
  'clique aqui',
  'siga-nos',
];
