<?php
// list of available languages
