{extends file="globalheader.tpl"}
