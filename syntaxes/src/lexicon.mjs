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
 * Generic and well-known top-level domains of three letters or more, and Cyrillic ones. Only these
 * and the country codes below make a bare domain: "city.name" yes, "photo.jpg" no.
 */
export const LONG_TLDS =
  'com net org info biz gov edu mil int name pro mobi asia tel travel jobs aero coop museum ' +
  'app dev news online site website tech store blog media press today world live life club top ' +
  'xyz space global agency group center network digital email cloud link click one pub wiki ' +
  'рф укр бел срб қаз мкд мон';

/** Country-code top-level domains (ISO 3166-1 alpha-2 codes in use, plus ac, eu, su, uk). */
export const COUNTRY_TLDS =
  'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs ' +
  'bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee ' +
  'eg er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk ' +
  'hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la ' +
  'lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my ' +
  'mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro ' +
  'rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk ' +
  'tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw';

/** Splits a space-separated word list, dropping empty entries. */
export function words(list) {
  return list.split(/\s+/).filter((w) => w.length > 0);
}
