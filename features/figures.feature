Feature: Figures
  quizgen finds the numbers a quiz can ask about (money, quantities, percentages, counts,
  dates, durations and ordinals of events), normalises each to a value and a unit, says what
  it measures, and leaves alone numerals in names, trivial counts, idioms and boilerplate.

  Scenario Outline: A figure of a seed article is normalised
    Given the figures of seed "<seed>"
    Then there is a figure "<surface>" of type <type> with value <value> and unit "<unit>"

    Examples: money
      | seed | surface              | type  | value        | unit |
      | 003  | $240 billion         | money | 240000000000 | USD  |
      | 001  | £163 billion         | money | 163000000000 | GBP  |
      | 004  | 240 billion USD      | money | 240000000000 | USD  |
      | 002  | $18 trillion         | money | 18000000000000 | USD |
      | 000  | trillions of dollars | money | null         | USD  |

    Examples: quantities and percentages
      | seed | surface                 | type     | value | unit      |
      | 002  | 50 billion cubic metres | quantity | 50    | bcm       |
      | 004  | more than 2,500 km      | quantity | 2500  | km        |
      | 004  | 63%                     | percent  | 63    | percent   |

    Examples: dates, durations and ordinals
      | seed | surface       | type     | value                   | unit    |
      | 004  | May 16-17     | date     | "2024-05-16/2024-05-17" | date    |
      | 004  | May 14        | date     | "2024-05-14"            | date    |
      | 003  | 7 May         | date     | "2024-05-07"            | date    |
      | 003  | March 2024    | date     | "2024-03"               | date    |
      | 003  | 2023          | date     | "2023"                  | year    |
      | 001  | September     | date     | "2023-09"               | date    |
      | 001  | 1990s         | date     | "1990/1999"             | date    |
      | 000  | A decade      | duration | 10                      | years   |
      | 002  | over six weeks | duration | 6                      | weeks   |
      | 002  | three decades | duration | 30                      | years   |
      | 004  | two-day       | duration | 2                       | days    |
      | 004  | 5th           | ordinal  | 5                       | ordinal |
      | 003  | 20th          | ordinal  | 20                      | ordinal |
      | 003  | first         | ordinal  | 1                       | ordinal |

  Scenario Outline: A count of a seed article has the unit "count" and keeps the noun it counts
    Given the figures of seed "<seed>"
    Then there is a count "<surface>" with value <value> counting "<noun>"

    Examples:
      | seed | surface            | value | noun      |
      | 003  | 11                 | 11    | documents |
      | 004  | more than 40 times | 40    | times     |
      | 001  | 20 or so           | 20    | leaders   |

  Scenario: Two currencies in one sentence are two figures, the surface as written in the file
    Given the figures of seed "001"
    Then there is a figure "nearly US\$200 billion" of type money with value 200000000000 and unit "USD"
    And the figure "nearly US\$200 billion" has the qualifier "nearly"
    And the figure "£163 billion" has no qualifier

  Scenario: Approximators are kept as qualifiers
    Given the figures of seed "004"
    Then the figure "more than 2,500 km" has the qualifier "more than"
    And the figure "63%" has no qualifier

  Scenario: A figure says what it measures and whether it is quoted
    Given the figures of seed "003"
    Then the figure "$240 billion" is about "bilateral trade between China and Russia"
    And the figure "11" is about "documents"
    And every figure span indexes its surface in the original text
    Given the figures of seed "004"
    Then the figure "three" is once inside a quotation and once not

  Scenario Outline: Numerals in names, trivial counts and idioms are not figures
    Given the figures of seed "<seed>"
    Then no figure overlaps "<text>"

    Examples:
      | seed | text               |
      | 002  | Power of Siberia-2 |
      | 002  | World War Two      |
      | 004  | Siberia 2 has      |
      | 004  | Power of Siberia 2 |
      | 003  | 5G                 |
      | 003  | any third country  |
      | 003  | second or third-tier |
      | 004  | the two countries  |
      | 001  | the two powers     |
      | 000  | One Belt – One Road |

  Scenario: Nothing in boilerplate is a figure
    Given the figures of seed "001"
    Then no figure overlaps "25 October 2023"
    And no figure overlaps "14:27"
    And no figure lies in the document's boilerplate

  Scenario: No gold trap of any seed is extracted as a figure
    Then no figure of the seeds overlaps a gold not-figure

  Scenario: An unseen article is read by the same general rules
    Given the article text
      """
      Published 3 March 2025.
      Revenue rose 12 percent to €4.5bn in the first quarter, while 1,200 workers lost their jobs.
      Apple sold about 50 million iPhones in 2024 and plans to spend $1.5 trillion over the next five years.
      Prices rose 10-15% as the $2-3 billion plan was delayed.
      The Boeing 737 Max flew again; the G20 summit drew 19 countries. COVID-19 was over. At first, the two leaders met once a year.
      """
    Then there is a figure "€4.5bn" of type money with value 4500000000 and unit "EUR"
    And there is a count "about 50 million" with value 50000000 counting "iphones"
    And there is a count "1,200" with value 1200 counting "workers"
    And there is a figure "five years" of type duration with value 5 and unit "years"
    And there is a figure "2024" of type date with value "2024" and unit "year"
    And there is a figure "10-15%" of type percent with value [10, 15] and unit "percent"
    And there is a figure "$2-3 billion" of type money with value [2000000000, 3000000000] and unit "USD"
    And no figure overlaps "737"
    And no figure overlaps "G20"
    And no figure overlaps "COVID-19"
    And no figure overlaps "two leaders"
    And no figure overlaps "once a year"

  Scenario: A currency prefix is glued to the dollar sign and case-sensitive
    Given the article text
      """
      The firm raises $40 million. Acme won a $2.1 billion order. Rivals paid A$3 million and S$7 million.
      """
    Then there is a figure "$40 million" of type money with value 40000000 and unit "USD"
    And there is a figure "$2.1 billion" of type money with value 2100000000 and unit "USD"
    And there is a figure "A$3 million" of type money with value 3000000 and unit "AUD"
    And there is a figure "S$7 million" of type money with value 7000000 and unit "SGD"

  Scenario: A date without a year takes the year written before it when there is no publication date
    Given the article text
      """
      LONDON, June 3 (Reuters) - The club was founded in 1960 and last won the cup in March 2019.

      Its new stadium opens on May 18, the club said.

      Fans recalled the first final.

      A second stand is due by 2028.

      Tickets go on sale on July 4, ahead of a friendly in August 2030.
      """
    Then there is a figure "May 18" of type date with value "2019-05-18" and unit "date"
    And there is a figure "July 4" of type date with value "2019-07-04" and unit "date"

  Scenario: A hyphenated compound unit is kept whole, not read as its last word
    Given the article text
      """
      Astronomers found a planet 120 light-years from Earth. The repair took 500 man-hours.
      """
    Then there is a figure "120 light-years" of type quantity with value 120 and unit "light-years"
    And there is a count "500" with value 500 counting "man-hours"

  Scenario: Ordinal idioms are not figures; a rank label is an ordinal and an age is in years
    Given the article text
      """
      Margins should recover in the second half. For the first time, the No. 4 seed won.
      Castillo, 21, scored on his first foreign trip. Haddad, 38, told reporters.
      """
    Then no figure overlaps "second half"
    And no figure overlaps "first time"
    And there is a figure "4" of type ordinal with value 4 and unit "ordinal"
    And there is a figure "21" of type count with value 21 and unit "years"
    And there is a figure "38" of type count with value 38 and unit "years"
    And there is a figure "first" of type ordinal with value 1 and unit "ordinal"

  Scenario: A dateline's place is not what a figure is about
    Given the article text
      """
      FRANKFURT, March 4 (Reuters) - Shares in Acme rose 9% on Tuesday.
      OSLO/BERGEN, June 12 (AFP) – Ministers agreed to extend sanctions for another six months.
      NATO, the alliance, said 12 ships sailed.
      """
    Then the figure "9%" is not about "FRANKFURT"
    And the figure "six months" is about "Ministers"
    And the figure "six months" is not about "OSLO"

  Scenario: The gold scorer rates the figures of the seeds
    When the seed facts are scored against the gold annotation
    Then figure F1 is at least 0.95
    And figure value and unit accuracy is at least 0.77

  Scenario: Units, currencies, ranges, fractions, signs, vague amounts, fiscal years and times are read whole
    Given the article text
      """
      The heat pump draws 3.2 kW, the laptop has 512GB of storage and a 14-inch display, and the truck makes 410 pound-feet at 35mph.
      A loaf now costs 95 cents, the grant was worth 4.2 million New Zealand dollars, and a fare rose by 30 pence.
      Visitors paid 60 shekels, 18 Swiss francs, RM12.80 or EUR 40, and C$9 in Vancouver.
      Economists see rents of between $1,200 and $1,500, and flats sold for $650,000 to $1.1 million.
      The slump ran from March 2008-April 2010, the plan covers 2014-2020, and the upgrade may need 10 or 15 years.
      Three-quarters of members voted, the lap is 3/4 mile, the trail is 8 1/2 miles, and costs are three and a half times higher.
      Exports shrank -2.4% while margins fell by minus three percent.
      Volunteers collected hundreds of thousands of dollars, and scores of residents left.
      The budget for fiscal 2019/20 grew; the vote closed at 8:15 PM and results came at 2300GMT.
      The Nasdaq 100 rose 1% and the Airbus A320 fleet grew before COP29, as Agenda 2030 stalled.
      """
    Then there is a figure "3.2 kW" of type quantity with value 3.2 and unit "kW"
    And there is a figure "512GB" of type quantity with value 512 and unit "GB"
    And there is a figure "14-inch" of type quantity with value 14 and unit "inch"
    And there is a figure "410 pound-feet" of type quantity with value 410 and unit "pound-feet"
    And there is a figure "35mph" of type quantity with value 35 and unit "mph"
    And there is a figure "95 cents" of type money with value 0.95 and unit "USD"
    And there is a figure "4.2 million New Zealand dollars" of type money with value 4200000 and unit "NZD"
    And there is a figure "30 pence" of type money with value 30 and unit "GBX"
    And there is a figure "60 shekels" of type money with value 60 and unit "ILS"
    And there is a figure "18 Swiss francs" of type money with value 18 and unit "CHF"
    And there is a figure "RM12.80" of type money with value 12.8 and unit "MYR"
    And there is a figure "EUR 40" of type money with value 40 and unit "EUR"
    And there is a figure "C$9" of type money with value 9 and unit "CAD"
    And there is a figure "between $1,200 and $1,500" of type money with value [1200, 1500] and unit "USD"
    And there is a figure "$650,000 to $1.1 million" of type money with value [650000, 1100000] and unit "USD"
    And there is a figure "March 2008-April 2010" of type date with value "2008-03/2010-04" and unit "date"
    And there is a figure "2014-2020" of type date with value [2014, 2020] and unit "year"
    And there is a figure "10 or 15 years" of type duration with value [10, 15] and unit "years"
    And there is a figure "3/4 mile" of type quantity with value 0.75 and unit "miles"
    And there is a figure "8 1/2 miles" of type quantity with value 8.5 and unit "miles"
    And there is a count "three and a half times" with value 3.5 counting "times"
    And there is a figure "-2.4%" of type percent with value -2.4 and unit "percent"
    And there is a figure "minus three percent" of type percent with value -3 and unit "percent"
    And there is a figure "hundreds of thousands of dollars" of type money with value null and unit "USD"
    And there is a count "scores" with value null counting "residents"
    And there is a figure "2019/20" of type date with value "2019/2020" and unit "year"
    And there is a figure "8:15 PM" of type time with value "20:15" and unit "time"
    And there is a figure "2300GMT" of type time with value "23:00" and unit "time"
    And no figure overlaps "Nasdaq 100"
    And no figure overlaps "A320"
    And no figure overlaps "COP29"
    And no figure overlaps "Agenda 2030"

  Scenario: A clock time needs a colon, am/pm or a zone; a decimal stays a number
    Given the article text
      """
      The index lost 12.45 points. Ferries sail at 6.15 am, 5 p.m. and 21:40, and the vote opens at 0700 GMT.
      """
    Then there is a figure "12.45 points" of type quantity with value 12.45 and unit "points"
    And there is a figure "6.15 am" of type time with value "06:15" and unit "time"
    And there is a figure "5 p.m." of type time with value "17:00" and unit "time"
    And there is a figure "21:40" of type time with value "21:40" and unit "time"
    And there is a figure "0700 GMT" of type time with value "07:00" and unit "time"

  Scenario: A change in percent and the level it reached are two figures, a range's ends are one kind
    Given the article text
      """
      Revenue rose 9.1% to 642p a share, while sales fell 4.8% to £3.12 billion.
      The lender's income grew 6.2% to C$512 million and its profit jumped 12 percent to $4.5bn.
      Exports climbed 3.5% to 210 pence a unit; the firm paid $5 to £6 per item.
      A £1.1m to 39 households grant was cut, and rents of $800,000 to $1.3 million fell $2-3 billion short.
      Yields stayed between 3% and 5%, fees went from 5 to 7 percent, and inflation ran at 3% to 5%.
      Growth was between 2% and $40 million, and mortgages ran 10-15% for 20 or 30 years.
      """
    Then there is a figure "9.1%" of type percent with value 9.1 and unit "percent"
    And there is a figure "642p" of type money with value 642 and unit "GBX"
    And there is a figure "4.8%" of type percent with value 4.8 and unit "percent"
    And there is a figure "£3.12 billion" of type money with value 3120000000 and unit "GBP"
    And there is a figure "6.2%" of type percent with value 6.2 and unit "percent"
    And there is a figure "C$512 million" of type money with value 512000000 and unit "CAD"
    And there is a figure "12 percent" of type percent with value 12 and unit "percent"
    And there is a figure "$4.5bn" of type money with value 4500000000 and unit "USD"
    And there is a figure "3.5%" of type percent with value 3.5 and unit "percent"
    And there is a figure "210 pence" of type money with value 210 and unit "GBX"
    And there is a figure "$5" of type money with value 5 and unit "USD"
    And there is a figure "£6" of type money with value 6 and unit "GBP"
    And there is a figure "£1.1m" of type money with value 1100000 and unit "GBP"
    And there is a figure "$800,000 to $1.3 million" of type money with value [800000, 1300000] and unit "USD"
    And there is a figure "$2-3 billion" of type money with value [2000000000, 3000000000] and unit "USD"
    And there is a figure "between 3% and 5%" of type percent with value [3, 5] and unit "percent"
    And there is a figure "5 to 7 percent" of type percent with value [5, 7] and unit "percent"
    And there is a figure "3% to 5%" of type percent with value [3, 5] and unit "percent"
    And there is a figure "$40 million" of type money with value 40000000 and unit "USD"
    And there is a figure "10-15%" of type percent with value [10, 15] and unit "percent"
    And there is a figure "20 or 30 years" of type duration with value [20, 30] and unit "years"
