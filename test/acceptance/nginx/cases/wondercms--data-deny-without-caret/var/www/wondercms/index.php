<?php
// WonderCMS 3.6.0 (stub: the whole CMS lives in this one file)
