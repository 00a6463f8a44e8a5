<?php
// stand-in for Chamilo's news_list.php
