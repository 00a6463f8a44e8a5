<?php
// REST webservice entry point
