{extends file="page.tpl"}
