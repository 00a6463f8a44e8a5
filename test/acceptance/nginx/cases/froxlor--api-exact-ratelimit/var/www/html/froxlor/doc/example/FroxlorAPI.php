<?php
class FroxlorAPI {}
