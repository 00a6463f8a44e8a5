<?php
/* For licensing terms, see /license.txt */
class Database {}
