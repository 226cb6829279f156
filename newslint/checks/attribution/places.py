"""Capitalised words that name a place or a people, not an organisation.

"Iranian media", "Wall Street analysts", "City economists" and "Kuala Lumpur traders" are still
vague sources: the capitalised modifier says where they are, not who they are.  "GAO analysts" and
"a Vodafone spokesman" are tied to an organisation.  This list separates the two.

Compiled by hand for newslint from general knowledge (country, demonym and city names are facts);
each entry is one lower-case word, so multi-word names appear word by word ("kuala", "lumpur").
"""

from __future__ import annotations

_COUNTRIES = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia herzegovina botswana
brazil brunei bulgaria burkina faso burma burundi cambodia cameroon canada chad chile china colombia
comoros congo croatia cuba cyprus czech czechia denmark djibouti dominica ecuador egypt salvador
eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon
lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali
malta mauritania mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar
namibia nepal netherlands holland nicaragua niger nigeria macedonia norway oman pakistan palestine
panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
seychelles sierra leone singapore slovakia slovenia somalia spain lanka sudan suriname sweden
switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tobago tunisia turkey
turkmenistan uganda ukraine emirates uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe
britain england scotland wales ulster tibet chechnya crimea kashmir gaza hongkong greenland
america korea zealand africa arabia
us usa uk eu uae ussr prc drc gb
"""
_DEMONYMS = """
afghan albanian algerian american angolan argentine argentinian armenian australian austrian
azerbaijani azeri bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british briton
britons bulgarian burmese cambodian cameroonian canadian chilean chinese colombian congolese croatian
cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian
filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian
icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian
kazakh kenyan korean kosovan kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian
luxembourgish macedonian malagasy malawian malaysian maltese mauritanian mexican moldovan mongolian
montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani
pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian
russian rwandan saudi scottish senegalese serbian singaporean slovak slovakian slovenian somali
african spanish sri lankan sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan
tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni
zambian zimbabwean kurdish kurd kurds arab arabs arabic asian european european latin scandinavian
nordic baltic balkan caribbean pacific atlantic mediterranean western eastern northern southern
central global international foreign overseas continental gulf sino anglo
"""
_PLACES = """
europe asia middle east west north south far oceania antarctica arctic eurozone euro
london new york washington tokyo paris berlin frankfurt moscow beijing shanghai hong kong shenzhen
singapore sydney melbourne mumbai bombay delhi bangalore dubai abu dhabi riyadh doha seoul zurich
geneva brussels madrid barcelona rome milan amsterdam dublin edinburgh glasgow manchester birmingham
liverpool leeds cardiff belfast chicago los angeles san francisco boston toronto montreal vancouver
kuala lumpur jakarta bangkok manila karachi lahore islamabad kabul tehran baghdad cairo istanbul
ankara jerusalem tel aviv johannesburg lagos nairobi sao paulo rio janeiro buenos aires mexico
city lima santiago bogota caracas havana hollywood bollywood detroit houston dallas miami atlanta
seattle vienna prague warsaw budapest athens lisbon stockholm oslo copenhagen helsinki kiev kyiv
minsk taipei hanoi osaka wellington auckland canberra brisbane perth ottawa quebec texas california
florida ohio michigan illinois virginia pennsylvania wall street westminster whitehall square mile
silicon valley st state states united kingdom republic federal
"""

PLACE_WORDS = frozenset(w for block in (_COUNTRIES, _DEMONYMS, _PLACES) for w in block.split())
