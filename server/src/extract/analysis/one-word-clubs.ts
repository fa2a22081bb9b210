/**
 * Clubs that league copy names by one word, the town's or the club's own: "Leicester, 40, and
 * Derby, 38, who were promoted last year, lost" lists points as court copy lists ages, and only
 * the name tells the two apart (decision 545). English and Scottish league clubs and the European
 * sides British copy names most. Towns that are common surnames too are left out ("Bolton",
 * "Preston", "Charlton", "Lincoln", "Crawley", "Burton", "Carlisle", "Bradford", "Hull"): a club
 * list gets them wrong less often than a defendant named so.
 */
export const ONE_WORD_CLUBS: ReadonlySet<string> = new Set(
  (
    "Arsenal Chelsea Liverpool Everton Tottenham Spurs Newcastle Brighton Brentford Fulham Bournemouth Wolves " +
    "Burnley Leicester Southampton Leeds Sunderland Ipswich Middlesbrough Boro Watford Norwich Derby Coventry " +
    "Blackburn Stoke Swansea Cardiff Millwall Portsmouth Pompey Plymouth QPR Luton Barnsley Rotherham " +
    "Huddersfield Blackpool Wigan Peterborough Wycombe Oxford Cambridge Birmingham Nottingham Bristol Walsall " +
    "Doncaster Northampton Tranmere Stockport Wrexham Salford Crewe Grimsby Exeter Cheltenham Fleetwood " +
    "Morecambe Accrington Harrogate Newport Swindon Colchester Shrewsbury Chesterfield Barnet Notts Bromley " +
    "Aberdeen Hibs Hibernian Hearts Dundee Kilmarnock Motherwell Barcelona Bayern Ajax Porto Benfica Napoli " +
    "Roma Lazio Atalanta Marseille Lyon Monaco Feyenoord Galatasaray"
  ).split(" "),
);
