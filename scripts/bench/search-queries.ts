/** The 50 fixed queries of the search benchmark: names, places, numbers, phrases, misspellings and more. */
export const benchQueries = [
  // names
  'Hikvision', 'Wu Fuchun', 'Megvii', 'SenseTime', 'Paul Mozur', 'Human Rights Watch', 'Xi Jinping', 'Bo Xilai', 'Maya Wang', 'Comparitech',
  // places
  'Xiangyang', 'Chongqing', 'Xinjiang', 'Zhengzhou', 'Shenzhen', 'Hong Kong', 'Beijing', 'Urumqi',
  // numbers
  '2.58 million', '200 million', '1,000 people', '15.35 million', '87 million',
  // phrases
  'facial recognition glasses', '"tai chi"', 'predictive policing', 'social credit', 'heroin smuggler', 'most surveilled city',
  'taxi drivers', 'surveillance cameras', '"facial recognition"',
  // misspellings
  'survelliance', 'Chongquing', 'Hikvison', 'Zhengzou', 'facial recogntion', 'jaywalkrs', 'Xinjang', 'survelliance cameras',
  'priavcy', 'recogniton',
  // other cases, common words, other scripts, a word being typed
  'JAYWALKERS', 'Orwellian', 'Uighurs', 'Skynet', 'police', 'China', '孟建国', 'Hikvis',
];
