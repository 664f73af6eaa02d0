namespace Matching.Domain.Occupations;

/// <summary>How close a candidate's occupation is to the vacancy's, from unrelated up to the same occupation (closer is larger).</summary>
public enum OccupationRelation
{
    None,
    /// <summary>
    /// Same ISCO-08 sub-major group (2 digits), the same field of work in another group: a window cleaner and an office
    /// cleaner (91), a parcel courier and a bus driver (83), a painter and a tiler (71), a security guard and a prison
    /// guard (54).
    /// </summary>
    SameSubMajorGroup,
    /// <summary>
    /// Labourers of an industry and the trade or operators they assist there (ISCO-08, see <see cref="IscoWorkplaces"/>),
    /// e.g. a productiemedewerker and an assembler or machine operator, a warehouse worker and a forklift driver.
    /// </summary>
    SameWorkplace,
    /// <summary>
    /// Unit groups ISCO-08 files apart whose daily work transfers with a short induction, by the project's own table
    /// (<see cref="IscoRelatedWork"/>): a postbode and a pakketbezorger, a portier and a beveiliger.
    /// </summary>
    RelatedWork,
    /// <summary>Same ISCO-08 minor group (3 digits), e.g. order picker and packer.</summary>
    SameMinorGroup,
    /// <summary>
    /// The same ESCO occupation in a setting the table marks apart (<see cref="OccupationSettings.Apart"/>): a tree
    /// nursery's worker for a greenhouse's tuinbouwmedewerker vacancy, a webshop's returns for a parcel sorting centre.
    /// Netwerkers graded such pairs as other work: 0.10 on average for the horticulture worker's settings (67 pairs on the
    /// development sets in stop 42), 0.23 for the warehouse's, against 1.2 for the other settings; weighed as the minor group.
    /// </summary>
    OtherSettingApart,
    /// <summary>
    /// Care work at a level below the one the vacancy names (<see cref="Scoring.CareLevels"/>): a zorghulp for a helpende
    /// vacancy. Weighed as the minor group.
    /// </summary>
    OtherCareLevel,
    /// <summary>The vacancy's occupation is a helper of the candidate's trade (a kok for a hulpkok vacancy): a step down.</summary>
    TradeHelped,
    /// <summary>
    /// A manufacturing labourer's vacancy (ISCO-08 932, a productiemedewerker) and a candidate who operated its machines or
    /// assembled on such a floor (81, 82): the specialist does the production worker's work too. Netwerkers graded such
    /// pairs 0.72 on average on the development sets (61 pairs), against 0.24 for the other labourers' shop floors
    /// (warehouse, farm, kitchen); the other way round stays <see cref="SameWorkplace"/>.
    /// </summary>
    OperatedOnProductionFloor,
    /// <summary>ESCO gives both occupations the same Dutch name (keukenhulp and kok are both "sous-chef").</summary>
    SharedLabel,
    /// <summary>
    /// The occupation text names part of the work of the vacancy's title, where ESCO knows the title or the text not
    /// ("tankreiniger" for "industrieel reiniger").
    /// </summary>
    SharedTitleWords,
    /// <summary>
    /// Occupations only weakly related by ISCO (the same minor group, shop floor or related work) whose tasks read alike
    /// in ESCO's descriptions and labels (<see cref="OccupationTaskLikeness"/>): a thuiszorgmedewerker and a zorghulp; or
    /// work the project's table lists as near (<see cref="IscoRelatedWork"/>, tier <c>near</c>): a groenvoorziener and a
    /// begraafplaatsmedewerker.
    /// </summary>
    SimilarTasks,
    /// <summary>Same ISCO-08 unit group (4 digits), e.g. warehouse worker and order picker (9333).</summary>
    SameUnitGroup,
    /// <summary>The candidate's occupation assists the vacancy's trade by ESCO's own name for it (keukenhulp: "hulpkok").</summary>
    HelpsInTrade,
    /// <summary>Care work one level above the vacancy's (<see cref="Scoring.CareLevels"/>): a helpende for a zorghulp vacancy. Weighed as another setting.</summary>
    CareLevelAbove,
    /// <summary>
    /// The same occupation in another setting a netwerker tells apart (<see cref="OccupationSettings"/>): a huismeester of
    /// a housing corporation for a school's Conciërge. Netwerkers graded such
    /// pairs 1.27 on average on the development sets (56 pairs), against 2.61 for the same occupation in shared words.
    /// </summary>
    OtherSetting,
    /// <summary>
    /// One occupation is the other's broader or narrower occupation in ESCO (a magazijnmedewerker and an orderpicker, a
    /// medewerker groenvoorziening and a hovenier). Netwerkers graded such single-job pairs 1.4 on average on the 63
    /// development sets (183 pairs; mean gain 0.45 of the same occupation's), against 2.4 for the same occupation named by
    /// a synonym or compound (0.91): weighed 0.7, between another setting and the same work (development sets' NDCG@10
    /// +0.0001 and P@3 +0.0004 against 0.9 as close; 0.6 and 0.8 no better).
    /// </summary>
    Broader,
    /// <summary>
    /// The same daily work that ISCO-08 files in another group, by the project's table (<see cref="IscoRelatedWork"/>,
    /// tier <c>same</c>): a craft bread baker and a bread bakery's production worker.
    /// </summary>
    SameWork,
    /// <summary><see cref="Close"/>, read from texts that share no word (<see cref="SameInOtherWords"/>).</summary>
    CloseInOtherWords,
    /// <summary>
    /// ESCO calls one occupation by the other's name in the same unit group (pakhuismedewerker is also
    /// "magazijnmedewerker"), or it was named by an alternative label or a compound (a broader or narrower one is
    /// <see cref="Broader"/>).
    /// </summary>
    Close,
    /// <summary>
    /// The occupation text names all the work of the vacancy's title in other order or form, where ESCO knows the title or
    /// the text not ("AGF medewerker" for "Medewerker AGF", "orderpicken koelcel" for "Orderpicker").
    /// </summary>
    SameTitleWords,
    /// <summary>
    /// The same occupation, read from a title and an occupation text that share no work word ("verwarmingsinstallateur"
    /// for a Verwarmingsmonteur vacancy, "grondwerker" for a Stratenmaker): it rests on the normaliser's reading alone, and netwerkers
    /// graded such pairs lower than the same occupation in shared words (2.30 against 2.66 on the development sets'
    /// single-job candidates). Only where neither side gave an ESCO code.
    /// </summary>
    SameInOtherWords,
    Same,
}

public static class OccupationRelationExtensions
{
    /// <summary>
    /// How much of the occupation fit a relation keeps: same occupation 1, close 0.9 (each 5% less read from texts that
    /// share no word), all the title's work words 0.9, the same work ISCO files elsewhere (by the project's table) 0.855,
    /// a broader or narrower occupation 0.7;
    /// the same occupation in another setting, helper of the trade and care one level above 0.6; the same unit group and
    /// a weak relation with similar tasks 0.5; a shared name, some of the title's work words where ESCO cannot relate the
    /// two and machine work on a production floor 0.45; a trade for its helper's vacancy 0.3; minor group, the same shop
    /// floor, related work, a setting apart and care at another level 0.15; the same field of work 0.05. The weak
    /// relations are weighed by what netwerkers graded them on the development sets (eval/README.md): of the candidates in
    /// only the same field of work nine in ten were graded 0, of those in the same minor group, shop floor or related work
    /// six in ten, against half for the same unit group. The unit group and similar tasks went from 0.6 to 0.5 in stop 44:
    /// their pairs' mean gain (2^grade - 1) on the 57 development sets is 0.29 and 0.30 of the same occupation's, against
    /// 0.84 for close (development sets 0.9299 -> 0.9303).
    /// </summary>
    public static double Weight(this OccupationRelation relation) => relation switch
    {
        OccupationRelation.Same => 1.0,
        OccupationRelation.Close => 0.9,
        OccupationRelation.SameInOtherWords => 0.95,
        OccupationRelation.CloseInOtherWords => 0.855,
        OccupationRelation.OtherSetting => 0.6,
        OccupationRelation.Broader => 0.7,
        OccupationRelation.SameTitleWords => 0.9,
        OccupationRelation.HelpsInTrade => 0.6,
        OccupationRelation.SameUnitGroup => 0.5,
        OccupationRelation.SameWork => 0.855,
        OccupationRelation.SimilarTasks => 0.5,
        OccupationRelation.SharedLabel => 0.45,
        OccupationRelation.SharedTitleWords => 0.45,
        OccupationRelation.TradeHelped => 0.3,
        OccupationRelation.OperatedOnProductionFloor => 0.45,
        OccupationRelation.SameMinorGroup => 0.15,
        OccupationRelation.OtherSettingApart => 0.15,
        OccupationRelation.OtherCareLevel => 0.15,
        OccupationRelation.CareLevelAbove => 0.6,
        OccupationRelation.SameWorkplace => 0.15,
        OccupationRelation.RelatedWork => 0.15,
        OccupationRelation.SameSubMajorGroup => 0.05,
        _ => 0.0,
    };

    /// <summary>The relation in the netwerker's words, naming the vacancy's occupation.</summary>
    public static string DutchPhrase(this OccupationRelation relation, string vacancyLabel) => relation switch
    {
        OccupationRelation.Same => "zelfde beroep",
        OccupationRelation.SameInOtherWords => $"zelfde beroep als {vacancyLabel}, andere benaming",
        OccupationRelation.Close or OccupationRelation.Broader => $"verwant aan {vacancyLabel}",
        OccupationRelation.CloseInOtherWords => $"verwant aan {vacancyLabel}, andere benaming",
        OccupationRelation.OtherSetting => $"zelfde beroep als {vacancyLabel}, andere werkomgeving",
        OccupationRelation.SameTitleWords => $"zelfde woorden als {vacancyLabel}",
        OccupationRelation.HelpsInTrade => $"hulpberoep bij {vacancyLabel}",
        OccupationRelation.SameUnitGroup => $"zelfde beroepsgroep als {vacancyLabel}",
        OccupationRelation.SameWork => $"zelfde werk als {vacancyLabel}",
        OccupationRelation.SimilarTasks => $"vergelijkbare taken als {vacancyLabel}",
        OccupationRelation.SharedLabel => $"deelt een ESCO-benaming met {vacancyLabel}",
        OccupationRelation.TradeHelped => $"het vak waarbij {vacancyLabel} helpt",
        OccupationRelation.OtherSettingApart => $"zelfde beroep als {vacancyLabel}, maar ander werk in een andere werkomgeving",
        OccupationRelation.OtherCareLevel => "zorg op een lager niveau dan de vacature vraagt",
        OccupationRelation.CareLevelAbove => "zorg een niveau hoger dan de vacature vraagt",
        OccupationRelation.SameMinorGroup => $"verwante beroepsgroep van {vacancyLabel}",
        OccupationRelation.SameWorkplace => $"zelfde werkvloer als {vacancyLabel}",
        OccupationRelation.OperatedOnProductionFloor => $"machine- of montagewerk op de werkvloer van {vacancyLabel}",
        OccupationRelation.RelatedWork => $"vergelijkbaar werk als {vacancyLabel}",
        OccupationRelation.SameSubMajorGroup => $"zelfde beroepenveld als {vacancyLabel}",
        OccupationRelation.SharedTitleWords => $"deels dezelfde woorden als {vacancyLabel}",
        _ => $"ander beroep dan {vacancyLabel}",
    };
}
