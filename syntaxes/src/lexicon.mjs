// Word lists used by the scraped-source grammar (month and weekday names, top-level domains).
// Kept apart from the regex builders so a new language is a one-line change here.

/**
 * Month names per language: full forms, the genitive or other inflected forms used after a day
 * number ("5 декабря", "18 жовтня", "5 grudnia"), and abbreviations (matched with an optional
 * trailing period).
 */
export const MONTHS = {
  en: {
    full: 'January February March April May June July August September October November December',
    abbr: 'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec',
  },
  ru: {
    full:
      'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь ' +
      'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    abbr: 'янв фев февр мар апр июн июл авг сен сент окт ноя нояб дек',
  },
  uk: {
    full:
      'січень лютий березень квітень травень червень липень серпень вересень жовтень листопад ' +
      'грудень січня лютого березня квітня травня червня липня серпня вересня жовтня листопада ' +
      'грудня',
    abbr: 'січ лют бер квіт трав черв лип серп вер жовт лист груд',
  },
  de: {
    full: 'Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember',
    abbr: 'Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez',
  },
  fr: {
    full: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    abbr: 'janv févr avr juil sept oct nov déc',
  },
  pl: {
    full:
      'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad ' +
      'grudzień stycznia lutego marca kwietnia maja czerwca lipca sierpnia września ' +
      'października listopada grudnia',
    abbr: 'sty lut kwi cze lip sie wrz paź lis gru',
  },
  es: {
    full: 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    abbr: '',
  },
  it: {
    full: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    abbr: '',
  },
  pt: {
    full: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    abbr: '',
  },
  az: {
    full: 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr',
    abbr: '',
  },
  tr: {
    full: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
    abbr: '',
  },
};

/** Weekday names, accepted only as an optional prefix of a date ("Monday February 24th, 2025"). */
export const WEEKDAYS = {
  en: {
    full: 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    abbr: 'Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun',
  },
  ru: { full: 'понедельник вторник среда четверг пятница суббота воскресенье', abbr: '' },
  uk: { full: "понеділок вівторок середа четвер п'ятниця п’ятниця субота неділя", abbr: '' },
  de: { full: 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag', abbr: '' },
  fr: { full: 'lundi mardi mercredi jeudi vendredi samedi dimanche', abbr: '' },
  pl: { full: 'poniedziałek wtorek środa czwartek piątek sobota niedziela', abbr: '' },
};

/**
 * Generic and well-known top-level domains of three letters or more. Any two lowercase Latin
 * letters are accepted as a country-code TLD as well; Cyrillic ones are listed.
 */
export const LONG_TLDS =
  'com net org info biz gov edu mil int name pro mobi asia tel travel jobs aero coop museum ' +
  'app dev news online site website tech store blog media press today world live life club top ' +
  'xyz space global agency group center network digital email cloud link click one pub wiki ' +
  'рф укр бел срб қаз мкд мон';

/** Splits a space-separated word list, dropping empty entries. */
export function words(list) {
  return list.split(/\s+/).filter((w) => w.length > 0);
}
