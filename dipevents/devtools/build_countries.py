"""Regenerate dipevents/data/countries.tsv from pycountry plus the curated table below.

Run by a maintainer, not at run time (pycountry is not a dependency of dipevents):

    pip install pycountry && python -m dipevents.devtools.build_countries > dipevents/data/countries.tsv

pycountry gives ISO 3166 codes and official names; news text uses short forms, demonyms and
seats of government that no ISO table holds, so those are curated here.
"""

from __future__ import annotations

import re

import pycountry

# code: (extra names, demonyms/adjectives, capitals and seats of power standing for the government)
CURATED: dict[str, tuple[str, str, str]] = {
    "AFG": ("", "Afghan|Afghans|Afghani", "Kabul"),
    "ALB": ("", "Albanian|Albanians", "Tirana"),
    "DZA": ("", "Algerian|Algerians", "Algiers"),
    "AGO": ("", "Angolan|Angolans", "Luanda"),
    "ARG": ("", "Argentine|Argentinian|Argentinians", "Buenos Aires|Casa Rosada"),
    "ARM": ("", "Armenian|Armenians", "Yerevan"),
    "AUS": ("", "Australian|Australians", "Canberra"),
    "AUT": ("", "Austrian|Austrians", "Vienna"),
    "AZE": ("", "Azerbaijani|Azerbaijanis|Azeri|Azeris", "Baku"),
    "BHR": ("", "Bahraini|Bahrainis", "Manama"),
    "BGD": ("", "Bangladeshi|Bangladeshis", "Dhaka"),
    "BLR": ("", "Belarusian|Belarusians|Belarussian", "Minsk"),
    "BEL": ("", "Belgian|Belgians", ""),
    "BIH": ("Bosnia", "Bosnian|Bosnians|Bosnian Serb|Bosnian Serbs|Bosnian Croat|Bosnian Croats", "Sarajevo"),
    "BOL": ("", "Bolivian|Bolivians", "La Paz"),
    "BRA": ("", "Brazilian|Brazilians", "Brasilia|Brasília"),
    "BGR": ("", "Bulgarian|Bulgarians", "Sofia"),
    "MMR": ("Burma", "Myanmar|Burmese", "Naypyidaw|Naypyitaw"),
    "KHM": ("Kampuchea", "Cambodian|Cambodians|Kampuchean|Kampucheans|Khmer Rouge", "Phnom Penh"),
    "CMR": ("", "Cameroonian|Cameroonians", "Yaounde"),
    "CAN": ("", "Canadian|Canadians", "Ottawa"),
    "TCD": ("", "Chadian|Chadians", "N'Djamena"),
    "CHL": ("", "Chilean|Chileans", "Santiago"),
    "CHN": ("PRC|mainland China", "Chinese", "Beijing|Zhongnanhai"),
    "COL": ("", "Colombian|Colombians", "Bogota|Bogotá"),
    "COD": ("DR Congo|DRC|Democratic Republic of Congo|Democratic Republic of the Congo|Zaire", "Congolese|Zairean|Zairian|Zaireans", "Kinshasa"),
    "HRV": ("", "Croatian|Croatians|Croat|Croats", "Zagreb"),
    "FJI": ("", "Fijian|Fijians", "Suva"),
    "GMB": ("", "Gambian|Gambians", "Banjul"),
    "MRT": ("", "Mauritanian|Mauritanians", "Nouakchott"),
    "BEN": ("Dahomey", "Beninese", "Porto-Novo|Cotonou"),
    "LBR": ("", "Liberian|Liberians", "Monrovia"),
    "SLE": ("", "Sierra Leonean|Sierra Leoneans", "Freetown"),
    "GIN": ("", "Guinean|Guineans", "Conakry"),
    "TGO": ("", "Togolese", "Lome|Lomé"),
    "BFA": ("Upper Volta", "Burkinabe|Burkinabè", "Ouagadougou"),
    "GAB": ("", "Gabonese", "Libreville"),
    "NAM": ("", "Namibian|Namibians", "Windhoek"),
    "BWA": ("", "Botswanan|Motswana", "Gaborone"),
    "MWI": ("", "Malawian|Malawians", "Lilongwe"),
    "BDI": ("", "Burundian|Burundians", "Gitega|Bujumbura"),
    "DJI": ("", "Djiboutian|Djiboutians", ""),
    "MUS": ("", "Mauritian|Mauritians", "Port Louis"),
    "MDG": ("", "Malagasy", "Antananarivo"),
    "HTI": ("", "Haitian|Haitians", "Port-au-Prince"),
    "DOM": ("", "Dominican", "Santo Domingo"),
    "JAM": ("", "Jamaican|Jamaicans", "Kingston"),
    "GTM": ("", "Guatemalan|Guatemalans", "Guatemala City"),
    "HND": ("", "Honduran|Hondurans", "Tegucigalpa"),
    "SLV": ("", "Salvadoran|Salvadorans", "San Salvador"),
    "CRI": ("", "Costa Rican|Costa Ricans", "San Jose"),
    "PRY": ("", "Paraguayan|Paraguayans", "Asuncion|Asunción"),
    "GUY": ("", "Guyanese", "Georgetown"),
    "SUR": ("", "Surinamese", "Paramaribo"),
    "LUX": ("", "Luxembourger|Luxembourgish", ""),
    "MLT": ("", "Maltese", "Valletta"),
    "BTN": ("", "Bhutanese", "Thimphu"),
    "MDV": ("", "Maldivian|Maldivians", "Male"),
    "BRN": ("Brunei", "Bruneian", "Bandar Seri Begawan"),
    "TLS": ("East Timor", "Timorese", "Dili"),
    "PNG": ("", "Papua New Guinean", "Port Moresby"),
    "WSM": ("", "Samoan|Samoans", "Apia"),
    "TON": ("", "Tongan|Tongans", "Nuku'alofa"),
    "CAF": ("CAR", "Central African", "Bangui"),
    "COG": ("Congo-Brazzaville|Republic of Congo", "", "Brazzaville"),
    "GNQ": ("", "Equatoguinean", "Malabo"),
    "CPV": ("Cape Verde", "Cape Verdean", "Praia"),
    "GNB": ("", "Bissau-Guinean", "Bissau"),
    "LSO": ("", "Basotho", "Maseru"),
    "SWZ": ("Swaziland", "Swazi|Swazis", "Mbabane"),
    "CUB": ("", "Cuban|Cubans", "Havana"),
    "CIV": ("Ivory Coast|the Ivory Coast|Cote d'Ivoire", "Ivorian|Ivorians", "Yamoussoukro|Abidjan"),
    "CYP": ("", "Cypriot|Cypriots", "Nicosia"),
    "CZE": ("Czech Republic|Czechoslovakia", "Czech|Czechs|Czechoslovak|Czechoslovakian|Czechoslovaks", "Prague"),
    "DNK": ("", "Danish|Dane|Danes", "Copenhagen"),
    "ECU": ("", "Ecuadorian|Ecuadorians", "Quito"),
    "EGY": ("", "Egyptian|Egyptians", "Cairo"),
    "ERI": ("", "Eritrean|Eritreans", "Asmara"),
    "EST": ("", "Estonian|Estonians", "Tallinn"),
    "ETH": ("", "Ethiopian|Ethiopians", "Addis Ababa"),
    "FIN": ("", "Finnish|Finn|Finns", "Helsinki"),
    "FRA": ("", "French", "Paris|the Elysee|Elysee Palace|the Élysée|Élysée Palace|Quai d'Orsay"),
    "GEO": ("", "Georgian|Georgians", "Tbilisi"),
    "DEU": ("West Germany|East Germany|German Democratic Republic|GDR", "German|Germans|West German|East German|West Germans|East Germans", "Berlin"),
    "GHA": ("", "Ghanaian|Ghanaians", "Accra"),
    "GRC": ("", "Greek|Greeks", "Athens"),
    "HUN": ("", "Hungarian|Hungarians", "Budapest"),
    "ISL": ("", "Icelandic|Icelanders", "Reykjavik"),
    "IND": ("", "Indian|Indians", "New Delhi"),
    "IDN": ("", "Indonesian|Indonesians", "Jakarta"),
    "IRN": ("", "Iranian|Iranians", "Tehran|Teheran"),
    "IRQ": ("", "Iraqi|Iraqis", "Baghdad"),
    "IRL": ("", "Irish", "Dublin"),
    "ISR": ("", "Israeli|Israelis", "Jerusalem"),
    "ITA": ("", "Italian|Italians", "Rome"),
    "JPN": ("", "Japanese", "Tokyo"),
    "JOR": ("", "Jordanian|Jordanians", "Amman"),
    "KAZ": ("", "Kazakh|Kazakhs|Kazakhstani", "Astana|Nur-Sultan"),
    "KEN": ("", "Kenyan|Kenyans", "Nairobi"),
    "PRK": ("DPRK|N. Korea|Pyongyang regime", "North Korean|North Koreans", "Pyongyang"),
    "KOR": ("Republic of Korea|ROK|S. Korea", "South Korean|South Koreans", "Seoul"),
    "KWT": ("", "Kuwaiti|Kuwaitis", "Kuwait City"),
    "KGZ": ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    "LAO": ("", "Lao|Laotian", "Vientiane"),
    "LVA": ("", "Latvian|Latvians", "Riga"),
    "LBN": ("", "Lebanese", "Beirut"),
    "LBY": ("", "Libyan|Libyans", ""),
    "LTU": ("", "Lithuanian|Lithuanians", "Vilnius"),
    "MYS": ("", "Malaysian|Malaysians", "Kuala Lumpur"),
    "MLI": ("", "Malian|Malians", "Bamako"),
    "MEX": ("", "Mexican|Mexicans", "Mexico City"),
    "MDA": ("", "Moldovan|Moldovans", "Chisinau"),
    "MNG": ("", "Mongolian|Mongolians", "Ulaanbaatar"),
    "MNE": ("", "Montenegrin|Montenegrins", "Podgorica"),
    "MAR": ("", "Moroccan|Moroccans", "Rabat"),
    "MOZ": ("", "Mozambican|Mozambicans", "Maputo"),
    "NPL": ("", "Nepali|Nepalese", "Kathmandu"),
    "NLD": ("Holland|the Netherlands", "Dutch", "The Hague|Amsterdam"),
    "NZL": ("", "New Zealander|New Zealanders", "Wellington"),
    "NIC": ("", "Nicaraguan|Nicaraguans", "Managua"),
    "NER": ("", "Nigerien|Nigeriens", "Niamey"),
    "NGA": ("", "Nigerian|Nigerians", "Abuja"),
    "MKD": ("Macedonia|Former Yugoslav Republic of Macedonia|FYROM", "Macedonian|Macedonians", "Skopje"),
    "NOR": ("", "Norwegian|Norwegians", "Oslo"),
    "OMN": ("", "Omani|Omanis", "Muscat"),
    "PAK": ("", "Pakistani|Pakistanis", "Islamabad"),
    "PSE": ("Palestine|Palestinian territories|Palestinian Authority|West Bank|the West Bank", "Palestinian|Palestinians", "Ramallah"),
    "PAN": ("", "Panamanian|Panamanians", ""),
    "PER": ("", "Peruvian|Peruvians", "Lima"),
    "PHL": ("", "Filipino|Filipinos|Philippine", "Manila"),
    "POL": ("", "Polish|Pole|Poles", "Warsaw"),
    "PRT": ("", "Portuguese", "Lisbon"),
    "QAT": ("", "Qatari|Qataris", "Doha"),
    "ROU": ("", "Romanian|Romanians", "Bucharest"),
    "RUS": ("Russia|Russian Federation|Soviet Union|the Soviet Union|USSR|U.S.S.R.", "Russian|Russians|Soviet|Soviets", "Moscow|the Kremlin|Kremlin"),
    "RWA": ("", "Rwandan|Rwandans", "Kigali"),
    "SAU": ("", "Saudi|Saudis|Saudi Arabian", "Riyadh"),
    "SEN": ("", "Senegalese", "Dakar"),
    "SRB": ("Yugoslavia|Federal Republic of Yugoslavia|Serbia and Montenegro", "Serbian|Serbians|Serb|Serbs|Yugoslav|Yugoslavs", "Belgrade"),
    "SGP": ("", "Singaporean|Singaporeans", ""),
    "SVK": ("", "Slovak|Slovaks|Slovakian", "Bratislava"),
    "SVN": ("", "Slovenian|Slovenians|Slovene", "Ljubljana"),
    "SOM": ("", "Somali|Somalis", "Mogadishu"),
    "ZAF": ("", "South African|South Africans", "Pretoria"),
    "SSD": ("", "South Sudanese", "Juba"),
    "ESP": ("", "Spanish|Spaniard|Spaniards", "Madrid"),
    "LKA": ("Ceylon", "Sri Lankan|Sri Lankans", "Colombo"),
    "SDN": ("", "Sudanese", "Khartoum"),
    "SWE": ("", "Swedish|Swede|Swedes", "Stockholm"),
    "CHE": ("", "Swiss", "Bern"),
    "SYR": ("", "Syrian|Syrians", "Damascus"),
    "TWN": ("Republic of China|ROC", "Taiwanese", "Taipei"),
    "TJK": ("", "Tajik|Tajiks", "Dushanbe"),
    "TZA": ("", "Tanzanian|Tanzanians", "Dodoma"),
    "THA": ("", "Thai", "Bangkok"),
    "TUN": ("", "Tunisian|Tunisians", "Tunis"),
    "TUR": ("Turkey|Turkiye", "Turkish|Turk|Turks", "Ankara"),
    "TKM": ("", "Turkmen", "Ashgabat"),
    "UGA": ("", "Ugandan|Ugandans", "Kampala"),
    "UKR": ("the Ukraine", "Ukrainian|Ukrainians", "Kyiv|Kiev"),
    "ARE": ("UAE|U.A.E.|Emirates", "Emirati|Emiratis", "Abu Dhabi"),
    "GBR": ("UK|U.K.|Britain|Great Britain", "British|Briton|Britons", "London|Downing Street|Whitehall|Number 10"),
    "USA": ("US|U.S.|U.S.A.|USA|United States of America|America", "American|Americans",
            "Washington|the White House|White House|the Pentagon|Pentagon|State Department"),
    "URY": ("", "Uruguayan|Uruguayans", "Montevideo"),
    "UZB": ("", "Uzbek|Uzbeks", "Tashkent"),
    "VEN": ("", "Venezuelan|Venezuelans", "Caracas"),
    "VNM": ("", "Vietnamese", "Hanoi"),
    "YEM": ("North Yemen|South Yemen", "Yemeni|Yemenis", "Sanaa|Sana'a"),
    "ZMB": ("", "Zambian|Zambians", "Lusaka"),
    "ZWE": ("Rhodesia", "Zimbabwean|Zimbabweans|Rhodesian|Rhodesians", "Harare"),
}



# Canonical names where ISO's differs from the one news uses.
CANONICAL = {"RUS": "Russia", "TUR": "Turkey", "PSE": "Palestine", "CZE": "Czech Republic"}
# Short names news gives another state than ISO does: wire copy's "Congo" is Kinshasa's
# (Brazzaville's is "Republic of Congo" or "Congo-Brazzaville").
MOVED = {"Congo": ("COG", "COD")}


def clean(name: str) -> str:
    """Drop ISO's inverted forms ("Korea, Republic of") that never appear in news text."""
    return "" if "," in name or "(" in name else name


def main() -> None:
    print("# States: ISO 3166 alpha-3 code, canonical name, names, demonyms/adjectives, seats of")
    print("# government (a seat used as actor stands for the government: sector GOV).")
    print("# Lists are |-separated. Base names from pycountry; the rest curated (dipevents/devtools/build_countries.py),")
    print("# including the predecessor states news of their time names (Soviet Union -> RUS, Yugoslavia -> SRB).")
    print("code\tname\tnames\tdemonyms\tseats")
    rows = []
    for c in pycountry.countries:
        extra, dem, seats = CURATED.get(c.alpha_3, ("", "", ""))
        common = getattr(c, "common_name", "") or clean(c.name)
        iso = [re.sub(r"^the ", "", n)
               for n in [common, clean(c.name), getattr(c, "official_name", "")] if n]
        seen: list[str] = []
        moved_in = [n for n, (_, to) in MOVED.items() if to == c.alpha_3]
        for n in iso + [n for n in extra.split("|") if n] + moved_in:  # curated names as written
            if n and n not in seen and MOVED.get(n, ("", ""))[0] != c.alpha_3:
                seen.append(n)
        canon = CANONICAL.get(c.alpha_3) or (seen[0] if seen else c.name)
        rows.append((c.alpha_3, canon, "|".join(seen), dem, seats))
    rows.append(("XKX", "Kosovo", "Kosovo|Republic of Kosovo", "Kosovar|Kosovars|Kosovan", "Pristina"))
    for row in sorted(rows):
        print("\t".join(row))


if __name__ == "__main__":
    main()
