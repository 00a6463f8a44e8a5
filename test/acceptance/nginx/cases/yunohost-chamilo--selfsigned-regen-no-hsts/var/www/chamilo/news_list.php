<?php // placeholder: news_list.php (Chamilo 1.11)
