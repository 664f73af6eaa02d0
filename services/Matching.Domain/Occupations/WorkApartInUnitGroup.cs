namespace Matching.Domain.Occupations;

/// <summary>
/// Occupations ISCO-08 files in one unit group whose daily work a netwerker does not exchange: they share the unit
/// group's name, not the work, so they relate as the minor group (the project's judgement, from the development sets'
/// grades in stops 41 and 42: each pair below was graded 0.1 or less on average where the scorer gave it the unit group's
/// points). A side is an ESCO code and the occupations narrower than it. Specialist sellers of other goods are apart
/// too, by the kinds of goods they sell (<see cref="ShopGoods"/>).
/// </summary>
internal static class WorkApartInUnitGroup
{
    private static readonly (string Vacancy, string Candidate, bool BothWays)[] Pairs =
    [
        // Movers carry furniture through homes; warehouse staff pick orders and load in a warehouse (9333).
        ("9333.4", "9333.8", true), // verhuizer, magazijnmedewerker (and the orderpicker under it)
        ("9333.4", "9333.2", true), // verhuizer, expeditiemedewerker
        // Horses in a stable or riding school, and a dairy or pig farm's herd (9212).
        ("9212.2", "9212.4", true), // paardenverzorger, medewerker veeteelt
        // A school bus's escort rides along; a childcare worker runs a group (5311).
        ("5311.2", "5311.1", true), // begeleider schoolbus, kinderverzorgster (and the childcare workers under it)
        // A tree surgeon climbs and fells with a chainsaw under a certificate a gardener lacks; the other way round a
        // tree surgeon still knows the green crew's work (6113).
        ("6113.6", "6113.1", false), // boomchirurg's vacancy, medewerker groenvoorziening
        ("6113.6", "6113.5", false), // boomchirurg's vacancy, hovenier
        // Beauty trades (5142, stop 42): the face and skin, the feet, the nails, make-up, the sunbed are each a trade of
        // their own training: on the beauty vacancies, the unit group's other trades were graded 0 in 37 of 46 pairs.
        ("5142.1", "5142.8", true), // schoonheidsspecialist, pedicure
        ("5142.1", "5142.6", true), // schoonheidsspecialist, manicure (nagelstyliste)
        ("5142.5", "5142.8", true), // grimeur (visagist), pedicure
        ("5142.5", "5142.6", true), // grimeur, manicure
        ("5142.11", "5142.1", true), // zonneconsulent, schoonheidsspecialist
        ("5142.11", "5142.5", true), // zonneconsulent, grimeur
        ("5142.11", "5142.6", true), // zonneconsulent, manicure
        ("5142.11", "5142.8", true), // zonneconsulent, pedicure
        // Body repair and the mechanic's or tyre fitter's work on one car (7231, stop 42): on the body repair vacancies the
        // mechanics and tyre fitters were graded 0 in all 11 pairs.
        ("7231.2", "7231.1", true), // carrosserie- en voertuigbouwer (autoschadehersteller), automonteur
        ("7231.2", "7231.7", true), // carrosserie- en voertuigbouwer, bandenmonteur
        // Asbestos removal works in a containment under a certificate; a facade cleaner or window cleaner cleans outsides
        // at height (7133, stop 44): on the asbestos vacancy the facade cleaner was graded 0.
        ("7133.1", "7133.2", true), // asbestverwijderaar, gevelreiniger (and the glazenwasser under it)
        // Lifts are installed and serviced in buildings under the lift trade's own training; motors are rewound and
        // household appliances repaired in a workshop (7412, stop 45): on the hundred-forty-sixth development set's lift,
        // motor-winding, appliance and tool-repair vacancies the others were graded 0 in all 27 pairs.
        ("7412.7", "7412.3", true), // liftmonteur, elektromechanicus (the motor winder)
        ("7412.7", "7412.6", true), // liftmonteur, reparateur huishoudelijke toestellen
        ("7412.7", "7412.1", true), // liftmonteur, reparateur elektrische gereedschappen (and the accumonteur of its code)
        ("7412.3", "7412.6", true), // elektromechanicus, reparateur huishoudelijke toestellen
        // A plasterer works wet on walls and ceilings; a drywall and ceiling fitter builds metal-stud walls and system
        // ceilings (7123, stop 45): on the hundred-forty-second development set each was graded 0 for the other in all 33 pairs.
        ("7123.1", "7123.2", true), // plafondmonteur, stukadoor
        // Electronics (circuit boards: SMT machines, soldering), wiring (panels, cable harnesses) and battery packs are
        // three trades of 8212 (stop 45): on the hundred-forty-sixth development set's vacancies the other two were graded 0
        // in 56 of 57 pairs, within each 2 in most.
        ("8212.4", "8212.2", true), // operator SMT-machine, assemblagemedewerker elektrische apparatuur (panels, cables under it)
        ("8212.3", "8212.2.1", true), // assemblagemedewerker elektronische apparatuur (the battery assembler under it), panelenbouwer
        ("8212.3", "8212.2.2", true), // assemblagemedewerker elektronische apparatuur, medewerker kabelassemblage
        ("8212.3", "8212.2.3", true), // assemblagemedewerker elektronische apparatuur, assemblagemedewerker kabelbomen
        ("8212.3.1", "8212.4", true), // assemblagetechnicus accusystemen, operator SMT-machine
        // Stop 47, from the unit group's pairs on the 63 development sets (mean grade, pairs, sets):
        ("3412.5", "3412.4.4", true), // maatschappelijk assistent, begeleider personen met een beperking (0.07, 59, 2)
        ("3412.5", "3412.4.7", true), // maatschappelijk assistent, woonbegeleider (0.19, 26, 2)
        ("3412.4.4", "3412.4.8", true), // begeleider personen met een beperking, begeleider geestelijke gezondheidszorg (0.12, 16, 2)
        ("5163.1", "5163.3", true), // begraafplaatsmedewerker, medewerker uitvaartonderneming (0.20, 10, 3)
        ("8322.5", "8322.2", true), // patiëntenvervoerder, auto- en bestelwagenkoerier (0.21, 14, 4)
        ("7223.21", "7223.4", true), // operator metaalpers (kantbank), operator CNC-machine and the frezer under it (0.31 and 0.25, 28, 5)
        // Stop 48, the same way on the 65 development sets:
        ("3412.4.3", "3412.4.4", true), // jeugdhulpverlener, begeleider personen met een beperking (0.33, 6, 3)
        ("5223.5", "5223.6", true), // medewerker verkoopadministratie, winkelmedewerker (0.00, 6, 2)
        ("7115.5", "7115.4", true), // trappensteller, keukenmonteur (0.00, 6, 1)
        ("7231.3", "7231.2", true), // monteur dieselmotoren, carrosserie- en voertuigbouwer (0.00, 5, 1)
        ("7231.3", "7231.7", true), // monteur dieselmotoren, bandenmonteur (0.00, 4, 1)
        ("5419.2", "5419.4", true), // parkeercontroleur, verkeersbrigadier (0.14, 7, 3)
        // ESCO files these as broader and narrower occupations; netwerkers keep the work apart all the same:
        ("7223.4.3", "7223.4", true), // operator lasersnijmachine, operator CNC-machine and the machinists under it, the frezer among them (0.00, 8, 3; the frezer 0.33, 6, 3)
        ("7212.3.3", "7212.3", true), // pijplasser, lasser and the welders under it (0.29, 7, 2)
        ("2635.3.11", "2635.3", true), // re-integratiedeskundige, sociaal werker and the social workers under it (0.00, 11, 2)
        // Stop 58: laminating polyester and glass fibre by hand at a boatyard or composite shop, and running an injection
        // moulding machine (8142): on the hundred-seventy-second development set graded 0 for each other in all 11 pairs.
        ("8142.4", "8142.7", true), // operator lamineren van glasvezel, operator spuitgietmachine
        // Stop 59: the technical teaching assistant (TOA, the only reading of 5312.3) prepares practicals in a school's lab;
        // the classroom assistants help pupils in a group (5312): on the hundred-eighty-fourth development set graded 0 for
        // each other in all 7 pairs.
        ("5312.3", "5312.1", true), // onderwijsassistent voortgezet onderwijs (TOA), onderwijsassistent
        ("5312.3", "5312.2", true), // TOA, onderwijsassistent basisonderwijs
        ("5312.3", "5312.4", true), // TOA, onderwijsassistent speciaal onderwijs
        // Blasting steel clean before it is painted, and dipping it in a zinc or plating bath (8122): on the two-hundred-
        // eleventh development set graded 0 for each other in all 14 pairs.
        ("8122.1", "8122.6", true), // gritstraler (and the metaalspuiter of its code), metaaldompelaar
        ("8122.1", "8122.7", true), // gritstraler, galvaniseur
        // Stop 61: sheltering homeless people at night and youth work on the street are two trades of 2635: on the hundred-
        // forty-eighth and hundred-ninetieth development sets graded 0 for each other in all 12 pairs.
        ("2635.3.15", "2635.3.27", true), // thuislozenwerker, jeugdwelzijnswerker (the jongerenwerker and kinderwerker)
        // The beauty salon's lashes and brows (ESCO's medewerker schoonheidssalon) are a trade of their own beside the nails,
        // the feet and the sunbed, as the other beauty trades above: on the hundred-ninety-sixth development set graded 0
        // for each other in 43 of 44 pairs.
        ("5142.2", "5142.6", true), // medewerker schoonheidssalon (lash and brow stylist), manicure
        ("5142.2", "5142.8", true), // medewerker schoonheidssalon, pedicure
        ("5142.2", "5142.11", true), // medewerker schoonheidssalon, zonneconsulent
    ];

    /// <summary>True when the candidate's work is apart from the vacancy's: other goods sold, or a pair of the table.</summary>
    public static bool Apart(Occupation vacancy, Occupation candidate)
    {
        if (ShopGoods.SoldApart(vacancy, candidate)) return true;
        foreach (var (wanted, held, bothWays) in Pairs)
            if ((vacancy.HasCodeWithin(wanted) && candidate.HasCodeWithin(held)) || (bothWays && vacancy.HasCodeWithin(held) && candidate.HasCodeWithin(wanted)))
                return true;
        return false;
    }
}
