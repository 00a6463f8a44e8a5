<?php
// silence
