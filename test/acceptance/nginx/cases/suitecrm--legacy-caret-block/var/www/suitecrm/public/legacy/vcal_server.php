<?php
// iCal / free-busy publishing.
