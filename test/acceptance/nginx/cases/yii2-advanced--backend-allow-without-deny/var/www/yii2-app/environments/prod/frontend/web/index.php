<?php
/* prod entry script */
