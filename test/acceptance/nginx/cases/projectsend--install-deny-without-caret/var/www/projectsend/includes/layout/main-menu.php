<?php
// main menu stand-in
