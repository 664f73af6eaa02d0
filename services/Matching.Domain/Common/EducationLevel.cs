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
