<?php

/*
 * The goal of this file is to allow developers a location
 * where they can overwrite core procedural functions.
 */
