"""A small built-in gazetteer: countries, capitals, major cities, regions and provinces.

:func:`place_name` answers whether a capitalised name is a known place and returns its
canonical spelling, so that variants ("US", "U.S.", "United States") count as one actor.
Deliberately small: it recognises the places that news about politics names most often and
leaves the rest to the cue words in :mod:`catalog.proposals.lexicon`.
"""

from __future__ import annotations

# Variants on one line separated by "=": the first is the canonical name.
_VARIANTS = """
United States=US=USA=U.S.=U.S.A.=United States of America=America
United Kingdom=UK=U.K.=Britain=Great Britain
Turkiye=Türkiye=Turkey
United Arab Emirates=UAE
Russia=Russian Federation
Democratic Republic of the Congo=DRC
Czechia=Czech Republic
Ivory Coast=Côte d'Ivoire=Cote d'Ivoire
Myanmar=Burma
North Macedonia=Macedonia
Kyiv=Kiev
The Hague=Hague
Odesa=Odessa
Mazar-i-Sharif=Mazar-e-Sharif=Mazar-e Sharif
Panjshir=Panjsher
New Delhi=Delhi
"""

# Comma-separated names.
_COUNTRIES = """
Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria,
Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan,
Bolivia, Bosnia, Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso,
Burundi, Cambodia, Cameroon, Canada, Cape Verde, Central African Republic, Chad, Chile,
China, Colombia, Comoros, Congo, Costa Rica, Croatia, Cuba, Cyprus, Denmark, Djibouti,
Dominica, Dominican Republic, East Timor, Ecuador, Egypt, El Salvador, Equatorial Guinea,
Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia,
Germany, Ghana, Greece, Grenada, Guatemala, Guinea, Guyana, Haiti, Honduras, Hungary,
Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Jamaica, Japan, Jordan,
Kazakhstan, Kenya, Kiribati, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho,
Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia,
Maldives, Mali, Malta, Marshall Islands, Mauritania, Mauritius, Mexico, Moldova, Monaco,
Mongolia, Montenegro, Morocco, Mozambique, Namibia, Nauru, Nepal, Netherlands,
New Zealand, Nicaragua, Niger, Nigeria, North Korea, Norway, Oman, Pakistan, Palau,
Palestine, Panama, Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar,
Romania, Rwanda, Samoa, San Marino, Saudi Arabia, Senegal, Serbia, Seychelles,
Sierra Leone, Singapore, Slovakia, Slovenia, Solomon Islands, Somalia, South Africa,
South Korea, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria,
Taiwan, Tajikistan, Tanzania, Thailand, Togo, Tonga, Trinidad and Tobago, Tunisia,
Turkmenistan, Tuvalu, Uganda, Ukraine, Uruguay, Uzbekistan, Vanuatu, Vatican City,
Venezuela, Vietnam, Yemen, Zambia, Zimbabwe
"""

_CITIES = """
Kabul, Vienna, Washington, Doha, Islamabad, Tehran, Baghdad, Damascus, Beirut, Amman,
Riyadh, Cairo, Ankara, Istanbul, Moscow, Beijing, Tokyo, Seoul, Paris, London, Berlin,
Rome, Madrid, Lisbon, Brussels, Geneva, Bern, Athens, Warsaw, Prague, Budapest, Bucharest,
Sofia, Belgrade, Zagreb, Oslo, Stockholm, Helsinki, Copenhagen, Dublin, Amsterdam,
The Hague, Ottawa, Canberra, Tashkent, Dushanbe, Ashgabat, Bishkek, Astana, Almaty, Baku,
Tbilisi, Yerevan, Minsk, Dubai, Abu Dhabi, Muscat, Manama, Sanaa, Aden, Jeddah, Mecca,
Medina, Jerusalem, Tel Aviv, Gaza, Ramallah, Karachi, Lahore, Peshawar, Quetta,
Rawalpindi, Mumbai, Kolkata, Chennai, Dhaka, Kathmandu, Colombo, Bangkok, Jakarta, Manila,
Hanoi, Kuala Lumpur, Shanghai, Hong Kong, Taipei, Sydney, Nairobi, Addis Ababa, Khartoum,
Tripoli, Tunis, Algiers, Rabat, Lagos, Abuja, Johannesburg, Pretoria, New York,
Los Angeles, Chicago, Brasilia, Caracas, Havana, Bogota, Lima, Santiago, Buenos Aires,
Mexico City, Strasbourg, Munich, Frankfurt, Milan, Kandahar, Herat, Jalalabad, Kunduz,
Mosul, Basra, Erbil, Aleppo, Idlib, Homs, Kharkiv, Mariupol, Donetsk, Luhansk,
Sevastopol, Vladivostok
"""

_REGIONS = """
Badakhshan, Badghis, Baghlan, Balkh, Bamiyan, Daykundi, Farah, Faryab, Ghazni, Ghor,
Helmand, Jowzjan, Kapisa, Khost, Kunar, Laghman, Logar, Nangarhar, Nimroz, Nuristan,
Paktia, Paktika, Parwan, Samangan, Takhar, Uruzgan, Wardak, Zabul, Punjab, Sindh,
Balochistan, Khyber Pakhtunkhwa, Waziristan, Kashmir, Xinjiang, Tibet, Chechnya, Dagestan,
Crimea, Donbas, Kurdistan, Darfur, Sinai, West Bank, Golan Heights, Gaza Strip, Europe,
Asia, Africa, Middle East, Central Asia, South Asia, Southeast Asia, East Asia,
Latin America, North America, South America, Caucasus, Balkans, Sahel, Horn of Africa,
Arabian Peninsula, Levant, Mediterranean, Arctic, Antarctica, Scandinavia, Eurasia,
Indo-Pacific, California, Texas, Florida, Virginia, Maryland, Alaska, Hawaii, Ontario,
Quebec, Bavaria, Scotland, Wales, England, Northern Ireland, Catalonia, Anatolia
"""


def _build() -> dict[str, str]:
    canonical: dict[str, str] = {}
    for line in _VARIANTS.strip().splitlines():
        forms = line.split("=")
        for form in forms:
            canonical[form.lower()] = forms[0]
    for block in (_COUNTRIES, _CITIES, _REGIONS):
        for name in block.replace("\n", " ").split(","):
            name = " ".join(name.split())
            canonical.setdefault(name.lower(), name)
    return canonical


_CANONICAL = _build()


def place_name(name: str) -> str:
    """Return the canonical name of a gazetteer place spelt ``name``, or "" if unknown.

    Matching ignores case and a leading "the" ("the Netherlands").
    """
    key = " ".join(name.split()).lower()
    if key.startswith("the ") and key != "the hague":
        key = key[4:]
    return _CANONICAL.get(key, "")
