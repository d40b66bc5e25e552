// oerkit in jshell: the packages, and the Astana 2017 workshop and the draft policy as variables.
// Loaded by oer-jshell after jshell's DEFAULT startup (java.util.*, java.util.stream.* and others).
import java.time.*;
import static java.util.stream.Collectors.*;
import org.oerkit.core.*;
import org.oerkit.core.vocabulary.*;
import org.oerkit.core.agenda.*;
import org.oerkit.core.license.*;
import org.oerkit.core.policy.*;
import org.oerkit.core.instrument.*;
import org.oerkit.core.monitoring.*;
import org.oerkit.json.*;
import org.oerkit.examples.astana.Astana2017;
import org.oerkit.examples.policy.KazakhstanDraft;
import org.oerkit.examples.policy.CentralAsiaDrafts;

Workshop astana = Astana2017.workshop();
PolicyDraft draft = KazakhstanDraft.draft();
System.out.println("astana: " + astana.title().original() + ", " + astana.sessions().size() + " sessions");
System.out.println("draft:  " + draft.title().original());
