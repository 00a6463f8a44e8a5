{extends file=$layout}
