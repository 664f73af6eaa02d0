namespace Matching.Domain.Common;

/// <summary>Highest completed education (opleidingsniveau), ordered roughly by the Dutch qualification framework (NLQF).</summary>
public enum EducationLevel
{
    None = 0,
    Basisonderwijs = 1,
    /// <summary>Praktijkonderwijs (PRO) and voortgezet speciaal onderwijs (VSO).</summary>
    ProVso = 2,
    Vmbo = 3,
    Mbo1 = 4,
    Mbo2 = 5,
    Mbo3 = 6,
    HavoVwo = 7,
    Mbo4 = 8,
    Hbo = 9,
    Wo = 10,
}

public static class EducationLevelExtensions
{
    /// <summary>
    /// The level in the Dutch qualifications framework (NLQF), by which levels are compared: a vmbo diploma is at
    /// entry level like mbo 1 (not below it), havo/vwo and mbo 4 are both level 4. No diploma known counts as 0.
    /// </summary>
    public static int NlqfLevel(this EducationLevel level) => level switch
    {
        EducationLevel.None or EducationLevel.Basisonderwijs => 0,
        EducationLevel.ProVso or EducationLevel.Vmbo or EducationLevel.Mbo1 => 1,
        EducationLevel.Mbo2 => 2,
        EducationLevel.Mbo3 => 3,
        EducationLevel.HavoVwo or EducationLevel.Mbo4 => 4,
        EducationLevel.Hbo => 6,
        EducationLevel.Wo => 7,
        _ => 0,
    };

    /// <summary>As people write it: "vmbo", "mbo 2", "geen diploma bekend".</summary>
    public static string DutchName(this EducationLevel level) => level switch
    {
        EducationLevel.None => "geen diploma bekend",
        EducationLevel.Basisonderwijs => "basisonderwijs",
        EducationLevel.ProVso => "praktijkonderwijs of vso",
        EducationLevel.Vmbo => "vmbo",
        EducationLevel.Mbo1 => "mbo 1",
        EducationLevel.Mbo2 => "mbo 2",
        EducationLevel.Mbo3 => "mbo 3",
        EducationLevel.HavoVwo => "havo/vwo",
        EducationLevel.Mbo4 => "mbo 4",
        EducationLevel.Hbo => "hbo",
        EducationLevel.Wo => "wo",
        _ => "onbekend",
    };
}
