<?php
// Public front page, made from sample-public-front-page.txt.
