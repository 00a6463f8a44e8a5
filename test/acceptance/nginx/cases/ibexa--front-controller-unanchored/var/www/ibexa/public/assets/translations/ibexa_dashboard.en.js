(function(t){ t.add("dashboard.title", "Dashboard", "ibexa_dashboard", "en"); })(Translator);
