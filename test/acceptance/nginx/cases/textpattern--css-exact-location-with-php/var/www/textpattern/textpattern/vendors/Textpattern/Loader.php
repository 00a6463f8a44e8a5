<?php
// loader
