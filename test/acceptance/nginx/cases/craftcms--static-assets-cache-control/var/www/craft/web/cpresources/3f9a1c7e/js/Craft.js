window.Craft=window.Craft||{};
