using System.Globalization;

namespace ChatNomina.Testing;

/// <summary>Reads values out of a Prometheus text exposition (a service's <c>/metrics</c>).</summary>
public static class PrometheusText
{
    /// <summary>The sum of every sample of <paramref name="name"/> (all label sets); 0 when none is
    /// exported yet. A sample line is <c>name{labels} value [timestamp]</c>: the value is the first
    /// field after the labels, never the optional timestamp that follows it.</summary>
    public static double Sum(string exposition, string name) => exposition.Split('\n')
        .Where(l => l.StartsWith(name, StringComparison.Ordinal) && l.Length > name.Length && l[name.Length] is '{' or ' ')
        .Sum(l =>
        {
            var rest = l[name.Length] == '{' ? l[(l.IndexOf('}', StringComparison.Ordinal) + 1)..] : l[name.Length..];
            return double.Parse(rest.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        });
}
