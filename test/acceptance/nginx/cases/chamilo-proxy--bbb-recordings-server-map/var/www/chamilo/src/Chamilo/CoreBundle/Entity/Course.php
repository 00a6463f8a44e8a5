<?php
/* For licensing terms, see /license.txt */
namespace Chamilo\CoreBundle\Entity;
class Course {}
