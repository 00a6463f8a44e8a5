<?php
// Chamilo 1.11: news_list.php
