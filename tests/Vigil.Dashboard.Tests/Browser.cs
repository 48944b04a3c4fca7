using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Vigil.Cli.Bench;

namespace Vigil.Dashboard.Tests;

/// <summary>
/// Headless Chromium driven through chromedriver, both Debian's (scripts/browser-setup.sh installs
/// them); nothing is downloaded. The path and flags are <see cref="HeadlessChromium"/>'s, the same
/// as <c>vigil bench dashboard</c>'s. WebGL runs on SwiftShader, Chromium's software renderer.
/// Screenshots go to <c>artifacts/screenshots/</c> in the test output folder.
/// </summary>
public sealed class Browser : IDisposable
{
    public const string ChromiumPath = HeadlessChromium.ExecutablePath;
    public const string DriverDirectory = "/usr/bin";
    public const string DriverName = "chromedriver";
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60); // generous: other test projects share the 2 cores

    private Browser(ChromeDriver driver) => Driver = driver;

    /// <summary>The WebDriver session.</summary>
    public ChromeDriver Driver { get; }

    /// <summary>Where screenshots are saved.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public static Browser Start()
    {
        foreach (string file in new[] { ChromiumPath, Path.Combine(DriverDirectory, DriverName) })
        {
            if (!File.Exists(file))
            {
                throw new InvalidOperationException($"{file} is missing: {HeadlessChromium.SetupHint}.");
            }
        }

        ChromeDriverService service = ChromeDriverService.CreateDefaultService(DriverDirectory, DriverName);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(HeadlessChromium.Flags);
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        return new Browser(driver);
    }

    /// <summary>Opens <paramref name="url"/> and waits until the dashboard has loaded its data and its map layers.</summary>
    public void Open(Uri url)
    {
        Driver.Navigate().GoToUrl(url);
        WaitForDashboard();
    }

    /// <summary>Reloads the page and waits for the dashboard again.</summary>
    public void Reload()
    {
        Driver.Navigate().Refresh();
        WaitForDashboard();
    }

    /// <summary>Waits until <c>body[data-ready]</c> says the first load is done (or failed, which fails the test).</summary>
    public void WaitForDashboard()
    {
        string? ready = null;
        Until(() => (ready = Script("return document.body.dataset.ready || null") as string) is not null, "the dashboard to load");
        Assert.True(ready == "true", $"the dashboard failed to load: {Text("#toasts")}\n{ConsoleLog()}");
    }

    /// <summary>Runs JavaScript in the page.</summary>
    public object? Script(string script, params object[] args) => Driver.ExecuteScript(script, args);

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    /// <summary>The text of the first element matching <paramref name="css"/>, or "" when none does.</summary>
    public string Text(string css) => FindAll(css) is [var first, ..] ? first.Text : "";

    /// <summary>Clicks the element <paramref name="css"/> finds, finding it again if the page redrew it meanwhile.</summary>
    public void Click(string css) => Until(() =>
    {
        Find(css).Click();
        return true;
    }, $"{css} to be clickable");

    /// <summary>Polls <paramref name="condition"/> until it holds or the wait ends (then fails, naming <paramref name="what"/>).</summary>
    public void Until(Func<bool> condition, string what, TimeSpan? wait = null)
    {
        DateTime end = DateTime.UtcNow + (wait ?? DefaultWait);
        while (true)
        {
            try
            {
                if (condition())
                {
                    return;
                }
            }
            catch (Exception e) when (e is StaleElementReferenceException or NoSuchElementException)
            {
                // the panel re-rendered between finding and reading: poll again
            }

            if (DateTime.UtcNow > end)
            {
                Screenshot("timeout");
                Assert.Fail($"Timed out waiting for {what} ({Driver.Url}).\n{ConsoleLog()}");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>Saves a PNG of the window as <c>artifacts/screenshots/NAME.png</c> and returns its path.</summary>
    public string Screenshot(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        string path = Path.Combine(ScreenshotDirectory, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>The page's console messages so far, one a line.</summary>
    public string ConsoleLog()
    {
        try
        {
            return string.Join('\n', Driver.Manage().Logs.GetLog(LogType.Browser).Select(e => $"{e.Level}: {e.Message}"));
        }
        catch (WebDriverException)
        {
            return "";
        }
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
    }
}
