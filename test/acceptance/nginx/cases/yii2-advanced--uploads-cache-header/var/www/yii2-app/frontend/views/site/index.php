<?php
/* index view */
