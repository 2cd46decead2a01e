// Lets WebApplicationFactory<Program> reach the entry point from the test project.
public partial class Program;
