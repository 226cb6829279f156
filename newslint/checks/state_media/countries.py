"""Country names as platform labels write them ("China state-affiliated media"): nouns, not
demonyms, so "Chinese state-affiliated media" in a news sentence is not taken for a label."""

COUNTRIES = frozenset(
    """
    Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh
    Belarus Belgium Bolivia Bosnia Brazil Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China
    Colombia Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Ecuador Egypt Eritrea Estonia Ethiopia
    Finland France Gabon Georgia Germany Ghana Greece Guinea Honduras Hungary India Indonesia Iran Iraq
    Ireland Israel Italy Japan Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya
    Lithuania Malaysia Mali Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands
    Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal
    Qatar Romania Russia Rwanda Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland
    Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Türkiye Turkmenistan Uganda Ukraine UAE UK US
    USA Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe
    """.split()
) | frozenset(
    {
        "Bosnia and Herzegovina", "Burkina Faso", "Czech Republic", "Dominican Republic", "El Salvador",
        "Equatorial Guinea", "Hong Kong", "Ivory Coast", "North Korea", "North Macedonia", "Saudi Arabia",
        "Sierra Leone", "South Africa", "South Korea", "South Sudan", "Sri Lanka", "United Arab Emirates",
        "United Kingdom", "United States", "Western Sahara", "Central African Republic", "Costa Rica",
        "New Zealand", "Macau",
    }
)
