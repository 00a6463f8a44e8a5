// medias
