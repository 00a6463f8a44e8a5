(function ($) {})(jQuery);
