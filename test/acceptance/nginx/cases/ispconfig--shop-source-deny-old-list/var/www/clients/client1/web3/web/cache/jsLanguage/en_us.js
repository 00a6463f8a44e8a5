SUGAR.language.setLanguage("app_strings", {});
