SUGAR.language.setLanguage("Accounts", {});
