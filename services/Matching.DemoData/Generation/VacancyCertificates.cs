using Matching.Domain.Common;
using Matching.Domain.Vacancies;

namespace Matching.DemoData.Generation;

/// <summary>
/// Required and desired certificates per branche and occupation, as employers ask for them: VCA on building sites,
/// a forklift certificate in the warehouse, licence C with code 95 for lorry drivers. Unpaid places more often
/// leave a certificate as a wish, since the place itself is where people earn it.
/// </summary>
internal static class VacancyCertificates
{
    public static (string?[] Required, string?[] Desired) For(DemoRandom random, Branche branche, string occupation, VacancyKind kind)
    {
        var required = new List<string?>(3);
        var desired = new List<string?>(3);
        var paid = kind.IsPaid();
        switch (branche)
        {
            case Branche.Bouw:
                (random.Chance(paid ? 0.8 : 0.35) ? required : desired).Add("VCA_BASIS");
                break;
            case Branche.Metaal:
                (random.Chance(paid ? 0.5 : 0.2) ? required : desired).Add("VCA_BASIS");
                break;
            case Branche.Productie:
                if (random.Chance(0.3)) desired.Add("VCA_BASIS");
                break;
            case Branche.Logistiek:
                var forklift = occupation.Contains("heftruck", StringComparison.Ordinal) || random.Chance(paid ? 0.35 : 0.1);
                (forklift ? required : desired).Add("HEFTRUCK");
                if (random.Chance(0.25)) desired.Add("REACHTRUCK");
                break;
            case Branche.Voedingsindustrie:
                (random.Chance(0.15) ? required : desired).Add("HACCP");
                break;
            case Branche.Horeca:
                desired.Add("HACCP");
                if (occupation.Contains("bar", StringComparison.Ordinal)) desired.Add("SVH_SOCIALE_HYGIENE");
                break;
            case Branche.Transport:
                Driving(occupation, required, desired);
                break;
            case Branche.Zorg:
                if (random.Chance(0.4)) desired.Add("EHBO");
                break;
            case Branche.Facilitair:
                desired.Add("BHV");
                break;
            case Branche.Groen:
                if (random.Chance(0.5)) desired.Add("RIJBEWIJS_B");
                if (random.Chance(0.3)) desired.Add("VCA_BASIS");
                break;
        }
        if (random.Chance(0.1) && !required.Contains("BHV") && !desired.Contains("BHV")) desired.Add("BHV");
        return (required.ToArray(), desired.ToArray());
    }

    private static void Driving(string occupation, List<string?> required, List<string?> desired)
    {
        if (occupation.Contains("fiets", StringComparison.Ordinal)) return;
        var lorry = occupation is "vrachtwagenchauffeur" or "chauffeur vuilniswagen" or "chauffeur betonmixer"
            or "chauffeur gevaarlijke stoffen" or "vervoerder van levende dieren" or "chauffeur/verhuizer";
        if (lorry)
        {
            required.Add("RIJBEWIJS_C");
            required.Add("CODE_95");
            desired.Add("RIJBEWIJS_CE");
        }
        else
            required.Add("RIJBEWIJS_B");
    }
}
