using System.Net;
using System.Net.Http.Json;
using ChatNomina.Users.Apis;
using ChatNomina.Users.Model;

namespace ChatNomina.Users.Tests;

/// <summary>A users service holding a known company: 10 in Finance, 8 in Engineering, 5 in Legal.</summary>
public sealed class SeededCompanyFactory : UsersFactory
{
    public IReadOnlyList<Employee> Employees { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        string[] lastNames = ["Alonso", "Benitez", "Castro", "Diaz", "Garcia", "Herrera", "Iglesias", "Jimenez", "Lopez", "Moreno", "Navarro", "Ortega"];
        var employees = new List<Employee>();
        void Add(string department, int count, int offset)
        {
            for (var i = 0; i < count; i++)
            {
                employees.Add(TestEmployees.Create($"Name{(i % 3)}", lastNames[(i + offset) % lastNames.Length], department));
            }
        }
        Add("Finance", 10, 0);
        Add("Engineering", 8, 5);
        Add("Legal", 5, 3);
        // Two people with the same full name: the id breaks the tie, so the order stays stable.
        employees.Add(TestEmployees.Create("Ana", "Garcia", "Finance"));
        employees.Add(TestEmployees.Create("Ana", "Garcia", "Finance"));
        Employees = employees;
        await SeedAsync([.. employees]);
    }

    /// <summary>The documented order: last name, first name, then id (PostgreSQL compares uuids bytewise).</summary>
    public IReadOnlyList<Employee> InListOrder(string? department = null) =>
        [.. Employees.Where(e => department is null || e.Department == department)
            .OrderBy(e => e.LastName, StringComparer.Ordinal)
            .ThenBy(e => e.FirstName, StringComparer.Ordinal)
            .ThenBy(e => e.Id.ToString("N"), StringComparer.Ordinal)];
}

public sealed class EmployeeListingTests(SeededCompanyFactory factory) : IClassFixture<SeededCompanyFactory>
{
    private readonly HttpClient _hr = factory.CreateHrClient();

    [Fact]
    public async Task Hr_lists_the_first_page_with_default_paging()
    {
        var page = await _hr.GetFromJsonAsync<EmployeePage>("/api/users");

        Assert.Equal(1, page!.Page);
        Assert.Equal(50, page.PageSize);
        Assert.Equal(25, page.TotalCount);
        Assert.Equal(factory.InListOrder().Select(e => e.Id), page.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Hr_walks_every_page_in_a_stable_order_with_a_partial_last_page()
    {
        var expected = factory.InListOrder();
        var seen = new List<Guid>();
        for (var p = 1; p <= 5; p++)
        {
            var page = await _hr.GetFromJsonAsync<EmployeePage>($"/api/users?page={p}&pageSize=6");
            Assert.Equal(p, page!.Page);
            Assert.Equal(6, page.PageSize);
            Assert.Equal(25, page.TotalCount);
            Assert.Equal(p < 5 ? 6 : 1, page.Items.Count);
            Assert.Equal(expected.Skip((p - 1) * 6).Take(6).Select(e => e.Id), page.Items.Select(e => e.Id));
            seen.AddRange(page.Items.Select(e => e.Id));
        }

        Assert.Equal(expected.Select(e => e.Id), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Repeating_a_page_request_returns_the_same_items_in_the_same_order()
    {
        var first = await _hr.GetFromJsonAsync<EmployeePage>("/api/users?page=2&pageSize=7");
        var second = await _hr.GetFromJsonAsync<EmployeePage>("/api/users?page=2&pageSize=7");

        Assert.Equal(first!.Items.Select(e => e.Id), second!.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Employees_with_the_same_name_are_ordered_by_id()
    {
        var page = await _hr.GetFromJsonAsync<EmployeePage>("/api/users?department=Finance&pageSize=200");

        var anas = page!.Items.Where(e => e is { FirstName: "Ana", LastName: "Garcia" }).Select(e => e.Id.ToString("N")).ToList();
        Assert.Equal(2, anas.Count);
        Assert.Equal(anas.Order(StringComparer.Ordinal), anas);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_and_still_reports_the_total()
    {
        var page = await _hr.GetFromJsonAsync<EmployeePage>("/api/users?page=9&pageSize=10");

        Assert.Empty(page!.Items);
        Assert.Equal(9, page.Page);
        Assert.Equal(25, page.TotalCount);
    }

    [Theory]
    [InlineData("Finance", 12)]
    [InlineData("Engineering", 8)]
    [InlineData("Legal", 5)]
    [InlineData("Marketing", 0)]
    public async Task Hr_filters_by_department(string department, int expectedCount)
    {
        var page = await _hr.GetFromJsonAsync<EmployeePage>($"/api/users?department={department}&pageSize=200");

        Assert.Equal(expectedCount, page!.TotalCount);
        Assert.All(page.Items, e => Assert.Equal(department, e.Department));
        Assert.Equal(factory.InListOrder(department).Select(e => e.Id), page.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Hr_pages_through_a_department()
    {
        var expected = factory.InListOrder("Finance");

        var page1 = await _hr.GetFromJsonAsync<EmployeePage>("/api/users?department=Finance&page=1&pageSize=5");
        var page3 = await _hr.GetFromJsonAsync<EmployeePage>("/api/users?department=Finance&page=3&pageSize=5");

        Assert.Equal(12, page1!.TotalCount);
        Assert.Equal(expected.Take(5).Select(e => e.Id), page1.Items.Select(e => e.Id));
        Assert.Equal(12, page3!.TotalCount);
        Assert.Equal(expected.Skip(10).Select(e => e.Id), page3.Items.Select(e => e.Id));
        Assert.Equal(2, page3.Items.Count);
    }

    [Fact]
    public async Task Department_filter_ignores_surrounding_spaces_and_a_blank_filter_means_everyone()
    {
        var padded = await _hr.GetFromJsonAsync<EmployeePage>("/api/users?department=%20Legal%20");
        var blank = await _hr.GetFromJsonAsync<EmployeePage>("/api/users?department=%20");

        Assert.Equal(5, padded!.TotalCount);
        Assert.Equal(25, blank!.TotalCount);
    }

    [Fact]
    public async Task Largest_allowed_page_size_is_accepted()
    {
        var response = await _hr.GetAsync($"/api/users?pageSize={UsersApi.MaxPageSize}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(25, (await response.Content.ReadFromJsonAsync<EmployeePage>())!.Items.Count);
    }
}
