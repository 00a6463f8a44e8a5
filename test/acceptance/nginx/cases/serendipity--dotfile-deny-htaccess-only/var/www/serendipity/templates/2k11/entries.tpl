{foreach $entries as $dategroup}{/foreach}
